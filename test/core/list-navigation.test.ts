import { expect } from '@open-wc/testing';
import { ListNavigation, isNavigationKey } from '../../src/core/list-navigation.js';

describe('ListNavigation', () => {
  it('moves down and up, and stops at the ends', () => {
    const nav = new ListNavigation(3);
    expect(nav.move('ArrowDown')).to.equal(0);
    expect(nav.move('ArrowDown')).to.equal(1);
    expect(nav.move('ArrowDown')).to.equal(2);
    expect(nav.move('ArrowDown')).to.equal(2);
    expect(nav.move('ArrowUp')).to.equal(1);
    expect(nav.move('Home')).to.equal(0);
    expect(nav.move('ArrowUp')).to.equal(0);
    expect(nav.move('End')).to.equal(2);
  });

  it('starts from the last option with ArrowUp', () => {
    expect(new ListNavigation(4).move('ArrowUp')).to.equal(3);
  });

  it('skips disabled options', () => {
    const disabled = new Set([0, 2, 4]);
    const nav = new ListNavigation(5, (i) => disabled.has(i));
    expect(nav.move('ArrowDown')).to.equal(1);
    expect(nav.move('ArrowDown')).to.equal(3);
    expect(nav.move('ArrowDown')).to.equal(3);
    expect(nav.move('Home')).to.equal(1);
    expect(nav.move('End')).to.equal(3);
  });

  it('pages by pageSize and stays on enabled options', () => {
    const nav = new ListNavigation(25, (i) => i === 10, 10);
    expect(nav.move('PageDown')).to.equal(9);
    expect(nav.move('PageDown')).to.equal(19);
    expect(nav.move('PageDown')).to.equal(24);
    expect(nav.move('PageUp')).to.equal(14);
    expect(nav.move('PageUp')).to.equal(4);
    expect(nav.move('PageUp')).to.equal(0);
  });

  it('has nothing to activate in an empty or all-disabled list', () => {
    expect(new ListNavigation(0).move('ArrowDown')).to.equal(-1);
    expect(new ListNavigation(2, () => true).move('End')).to.equal(-1);
  });

  it('drops an active index that no longer exists after reset', () => {
    const nav = new ListNavigation(5);
    nav.move('End');
    expect(nav.active).to.equal(4);
    nav.reset(3);
    expect(nav.active).to.equal(-1);
    nav.move('ArrowDown');
    nav.move('ArrowDown');
    expect(nav.active).to.equal(1);
    nav.reset(3, (i) => i === 1);
    expect(nav.active).to.equal(-1);
  });

  it('knows its keys', () => {
    expect(isNavigationKey('PageDown')).to.equal(true);
    expect(isNavigationKey('Enter')).to.equal(false);
  });
});
