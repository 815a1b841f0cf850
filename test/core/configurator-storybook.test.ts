import { expect } from '@open-wc/testing';
import meta from '../../stories/widget.stories.js';
import { PROCESS_FIELDS, importSetup } from '../../src/core/configurator/index.js';
import { TOKENS, type StyleKey } from '../../src/styles/token-names.js';

type Args = NonNullable<typeof meta.args>;
const transform = (meta.parameters as { docs: { source: { transform: (code: string, context: { args: Args }) => string } } }).docs.source.transform;
/** The process parameters whose control has another name in the story (the toolbar, the pretend provider, a consent set). */
const CONTROL_OF: Partial<Record<string, string>> = { apiBase: 'provider', locale: 'locale', theme: 'theme' };

describe('Storybook as a configurator: the widget story', () => {
  it('has a control for every process parameter and every design token (a colour picker for each colour)', () => {
    const argTypes = meta.argTypes as Record<string, { control?: unknown }>;
    for (const field of PROCESS_FIELDS) expect(argTypes, field).to.have.property(CONTROL_OF[field] ?? field);
    for (const key of Object.keys(TOKENS) as StyleKey[]) {
      expect(argTypes[key], key).to.not.equal(undefined);
      expect(argTypes[key]!.control, key).to.equal(TOKENS[key][1] === 'color' ? 'color' : 'text');
    }
  });

  it('shows the embed() call of the current controls on its Docs page, and it reads back as the same setup', () => {
    const args: Args = { ...meta.args!, clientId: 'acme-budget', mode: 'redirect', returnUrl: 'https://acme.example/back', colorPrimary: '#00754a', borderRadius: '4px', termsUrl: 'https://acme.example/terms' } as Args;
    const code = transform('', { args });
    expect(code).to.match(/^\/\/ <div id="bank-signin"><\/div>/).and.to.contain('SignInFlow.embed(');
    const back = importSetup(code);
    expect(back.ok, JSON.stringify(!back.ok && back.issues)).to.equal(true);
    expect(back.ok && back.config).to.include({ clientId: 'acme-budget', mode: 'redirect', returnUrl: 'https://acme.example/back', termsUrl: 'https://acme.example/terms' });
    expect(back.ok && back.config.styles).to.deep.equal({ colorPrimary: '#00754a', borderRadius: '4px' });
    // A control that does not validate: the code block names it instead.
    expect(transform('', { args: { ...args, country: 'pl' } })).to.match(/^\/\/ This configuration does not validate:\n\/\/ - country: /);
  });
});
