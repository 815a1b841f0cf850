import { expect } from '@open-wc/testing';
import { placeList } from '../../src/core/list-placement.js';

describe('placeList', () => {
  const base = { viewportHeight: 800, gap: 4, margin: 8 };

  it('opens below when the list fits there', () => {
    expect(placeList({ ...base, anchorTop: 100, anchorBottom: 144, wanted: 320 })).to.deep.equal({ top: 148, maxHeight: 644, above: false });
  });

  it('opens above near the bottom of the viewport, cut to the room above', () => {
    expect(placeList({ ...base, anchorTop: 700, anchorBottom: 744, wanted: 320 })).to.deep.equal({ top: 376, maxHeight: 688, above: true });
    expect(placeList({ ...base, anchorTop: 200, anchorBottom: 744, wanted: 320 }), 'little room either way: the larger side').to.deep.equal({ top: 8, maxHeight: 188, above: true });
  });

  it('stays below, cut, when below has as much room as above', () => {
    expect(placeList({ ...base, anchorTop: 378, anchorBottom: 410, wanted: 600 })).to.deep.equal({ top: 414, maxHeight: 378, above: false });
  });

  it('never gives a negative height', () => {
    expect(placeList({ ...base, viewportHeight: 20, anchorTop: 0, anchorBottom: 44, wanted: 100 }).maxHeight).to.equal(0);
  });
});
