/**
 * `<story-launcher-view>`: the launcher's own template (`renderLauncher`) and styles, for one
 * given state, with no popup and no provider. Story-only: it lets the stories show each state of
 * `<signin-launcher>` (waiting, blocked, failed with each error code, done…), which the element
 * itself reaches only through a real popup and a real provider, without adding a display-only
 * API to the element. What it renders is exactly what the element renders in that state.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { launcherStyles } from '../src/components/launcher/launcher.styles.js';
import { renderLauncher, type LauncherStatus } from '../src/components/launcher/launcher.templates.js';
import { LocaleController } from '../src/controllers/locale-controller.js';
import { controlStyles } from '../src/styles/controls.js';
import { themeProperty, type Theme } from '../src/styles/theme.js';
import { tokens } from '../src/styles/tokens.js';

export class StoryLauncherView extends LitElement {
  static override styles = [tokens, controlStyles, launcherStyles];
  static override get properties(): PropertyDeclarations {
    return { state: {}, errorCode: { attribute: 'error-code' }, notice: {}, bankName: { attribute: 'bank-name' }, locale: {}, theme: themeProperty };
  }

  state: LauncherStatus = 'idle';
  errorCode = '';
  notice: 'closed' | 'cancelled' | '' = '';
  bankName = 'Demo Bank';
  locale = 'en';
  theme?: Theme;

  private readonly i18n = new LocaleController(this, () => this.locale);

  override render() {
    const none = () => {};
    return renderLauncher(this.state, {
      i18n: this.i18n.localizer,
      bankName: this.bankName,
      notice: this.notice,
      errorCode: this.errorCode,
      onStart: none,
      onRedirect: none,
      onFocusPopup: none,
      onCancel: none,
    });
  }
}

/** Registers `<story-launcher-view>` (a function, not an import side effect: package.json's `sideEffects` lists no story file). */
export function defineStoryLauncherView(): void {
  if (!customElements.get('story-launcher-view')) customElements.define('story-launcher-view', StoryLauncherView);
}

declare global {
  interface HTMLElementTagNameMap {
    'story-launcher-view': StoryLauncherView;
  }
}
