import { expect } from '@open-wc/testing';
import { revealRow, rowWindow } from '../../src/core/virtual-window.js';

describe('rowWindow', () => {
  it('renders the visible rows plus overscan, with space for the others', () => {
    const w = rowWindow({ count: 50_000, rowHeight: 50, scrollTop: 10_000, viewportHeight: 300, overscan: 5 });
    expect(w.start).to.equal(195);
    expect(w.end).to.equal(212);
    expect(w.before).to.equal(195 * 50);
    expect(w.after).to.equal((50_000 - 212) * 50);
    expect(w.end - w.start).to.be.at.most(60);
  });

  it('clamps at both ends', () => {
    expect(rowWindow({ count: 3, rowHeight: 50, scrollTop: 0, viewportHeight: 300 })).to.deep.equal({ start: 0, end: 3, before: 0, after: 0 });
    const last = rowWindow({ count: 100, rowHeight: 50, scrollTop: 99_999, viewportHeight: 300 });
    expect(last.end).to.equal(100);
    expect(last.start).to.equal(99);
  });

  it('renders nothing for an empty list or an unknown row height', () => {
    expect(rowWindow({ count: 0, rowHeight: 50, scrollTop: 0, viewportHeight: 300 })).to.deep.equal({ start: 0, end: 0, before: 0, after: 0 });
    expect(rowWindow({ count: 10, rowHeight: 0, scrollTop: 0, viewportHeight: 300 }).end).to.equal(0);
  });
});

describe('revealRow', () => {
  const view = { rowHeight: 50, scrollTop: 500, viewportHeight: 300 };
  it('keeps the position when the row is visible', () => {
    expect(revealRow(12, view)).to.equal(500);
  });
  it('scrolls up to a row above', () => {
    expect(revealRow(3, view)).to.equal(150);
  });
  it('scrolls down just enough for a row below', () => {
    expect(revealRow(20, view)).to.equal(20 * 50 + 50 - 300);
  });
});
