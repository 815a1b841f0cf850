import { expect } from '@open-wc/testing';
import { acceptedConsentsSchema, consentDefinitionsSchema, parseConfig, parseConsentDefinitions } from '../../src/config/index.js';

const good = [
  { id: 'data-access', version: '1', label: 'Share my data', details: 'Read-only.' },
  { id: 'terms', version: '1', required: true, label: 'Accept the [terms](https://bank.example/terms)' },
  { id: 'marketing.email', version: '2', required: false, label: 'News' },
];

const fieldsOf = (input: unknown) => {
  const result = parseConsentDefinitions(input);
  expect(result.ok).to.equal(false);
  return result.ok ? {} : Object.fromEntries(result.issues.map((i) => [i.field, i.message]));
};

describe('consent definitions config', () => {
  it('accepts good definitions and defaults required to true', () => {
    const result = parseConsentDefinitions(good);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.config.map((d) => d.required)).to.deep.equal([true, true, false]);
  });

  it('names a missing id, an empty label and a missing version', () => {
    const issues = fieldsOf([{ version: '1', label: 'x' }, { id: 'b', version: '1', label: '   ' }, { id: 'c', label: 'y' }]);
    expect(issues).to.deep.equal({ 'consents.0.id': 'is required', 'consents.1.label': 'must not be empty', 'consents.2.version': 'is required' });
  });

  it('names a duplicate id and where it first appeared', () => {
    const issues = fieldsOf([...good, { id: 'terms', version: '3', label: 'Again' }]);
    expect(issues).to.deep.equal({ 'consents.3.id': 'duplicates "terms" (consents.1.id)' });
  });

  it('explains bad ids, unsafe links, unknown keys and wrong types', () => {
    const issues = fieldsOf([
      { id: '-bad id', version: '1', label: 'x' },
      { id: 'b', version: '1', label: 'Read [this](javascript:alert(1))' },
      { id: 'c', version: '1', label: 'x', requird: false },
      { id: 'd', version: '1', label: 'x', required: 'yes' },
    ]);
    expect(issues['consents.0.id']).to.contain('must start with a letter or digit');
    expect(issues['consents.1.label']).to.contain('links must be written');
    expect(issues['consents.2.requird']).to.equal('is not a known option');
    expect(issues['consents.3.required']).to.equal('must be a boolean');
  });

  it('rejects an empty list and a list that is not an array', () => {
    expect(fieldsOf([])).to.deep.equal({ consents: 'must list at least one consent' });
    expect(fieldsOf({ id: 'terms' })).to.deep.equal({ consents: 'must be an array' });
  });

  it('validates through parseConfig with relative paths too', () => {
    const result = parseConfig(consentDefinitionsSchema, [{ id: 'a', version: '1', label: '' }]);
    expect(result.ok ? [] : result.issues).to.deep.equal([{ field: '0.label', message: 'must not be empty' }]);
  });
});

describe('accepted consents value', () => {
  it('requires id, version and an ISO 8601 acceptedAt', () => {
    expect(acceptedConsentsSchema.safeParse([{ id: 'terms', version: '1', acceptedAt: '2025-01-31T12:00:00.000Z' }]).success).to.equal(true);
    expect(acceptedConsentsSchema.safeParse([{ id: 'terms', version: '1', acceptedAt: '2025-01-31T13:00:00+01:00' }]).success).to.equal(true);
    const bad = parseConfig(acceptedConsentsSchema, [{ id: 'terms', version: '1', acceptedAt: 'yesterday' }]);
    expect(bad.ok ? [] : bad.issues).to.deep.equal([{ field: '0.acceptedAt', message: 'must be an ISO 8601 date-time such as "2025-01-31T12:00:00Z"' }]);
  });
});
