import { expect } from '@open-wc/testing';
import { hueOf, monogram } from '../../src/core/monogram.js';

describe('monogram', () => {
  it('takes the initials of the first two words', () => {
    expect(monogram('Bank Śląski Oszczędności')).to.equal('BŚ');
    expect(monogram('Łódzki')).to.equal('Ł');
    expect(monogram('(Demo) - Bank')).to.equal('DB');
    expect(monogram('   ')).to.equal('?');
  });

  it('gives a stable hue within range', () => {
    expect(hueOf('Demo Bank')).to.equal(hueOf('Demo Bank'));
    expect(hueOf('Demo Bank')).to.be.within(0, 359);
    expect(hueOf('Demo Bank')).to.not.equal(hueOf('Demo Banl'));
  });
});
