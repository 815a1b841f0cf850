import { ConfigError, parseConfigOrThrow } from '../config/parse-config.js';
import { widgetConfigSchema, type WidgetConfigInput } from '../config/widget-config.js';
import type { FlowCallbacks } from '../core/flow/callbacks.js';
import type { SignInWidget } from '../components/widget/widget.js';

/** `SignInFlow.embed()`'s config: the widget config plus the callbacks. */
export type EmbedConfig = WidgetConfigInput & FlowCallbacks;

/** What `SignInFlow.embed()` returns. */
export interface EmbedHandle {
  /** The `<signin-widget>` element it created. */
  readonly element: SignInWidget;
  /** Shows the widget (if hidden), scrolls it into view and moves the focus into it. */
  open(): void;
  /** Applies a new config (merged over the current one, validated the same way). */
  update(config: Partial<EmbedConfig>): void;
  /** Removes the widget: its listeners, timers and bank window go with it. Safe to call twice. */
  destroy(): void;
  /** Listens to a widget event (`signin-success`, …); returns a function that stops listening. */
  on(type: string, callback: (detail: unknown, event: Event) => void): () => void;
}

const CALLBACKS = ['onSuccess', 'onError', 'onCancel', 'onEvent'] as const;
/** One widget per target: embedding again into the same element replaces the first one. */
const embedded = new WeakMap<Element, EmbedHandle>();

/**
 * Puts a SignIn Widget into `target` (an element or a CSS selector). Throws an Error naming the
 * problem when the target is missing or the config does not validate.
 */
export function embed(target: Element | string, config: EmbedConfig): EmbedHandle {
  const host = resolveTarget(target);
  let current = validate(config);
  embedded.get(host)?.destroy();

  const element = document.createElement('signin-widget') as SignInWidget;
  const listeners: Array<[string, EventListener]> = [];
  apply(element, current);
  host.append(element);

  const handle: EmbedHandle = {
    element,
    open() {
      element.hidden = false;
      element.scrollIntoView({ block: 'nearest' });
      element.focus();
    },
    update(next) {
      current = validate({ ...current, ...next });
      apply(element, current);
    },
    destroy() {
      for (const [type, listener] of listeners.splice(0)) element.removeEventListener(type, listener);
      element.remove();
      if (embedded.get(host) === handle) embedded.delete(host);
    },
    on(type, callback) {
      const listener: EventListener = (event) => callback((event as CustomEvent).detail, event);
      element.addEventListener(type, listener);
      listeners.push([type, listener]);
      return () => {
        element.removeEventListener(type, listener);
        const index = listeners.findIndex(([, l]) => l === listener);
        if (index >= 0) listeners.splice(index, 1);
      };
    },
  };
  embedded.set(host, handle);
  return handle;
}

function resolveTarget(target: Element | string): Element {
  if (typeof target === 'string') {
    let found: Element | null;
    try {
      found = document.querySelector(target);
    } catch {
      throw new Error(`SignInFlow.embed: "${target}" is not a valid CSS selector.`);
    }
    if (!found) throw new Error(`SignInFlow.embed: no element matches "${target}".`);
    return found;
  }
  if (!(target instanceof Element)) throw new Error('SignInFlow.embed: the target must be an element or a CSS selector.');
  return target;
}

function validate(config: EmbedConfig): EmbedConfig {
  if (typeof config !== 'object' || config === null) throw new ConfigError([{ field: '(config)', message: 'must be an object' }]);
  const widgetConfig: Record<string, unknown> = { ...config };
  for (const name of CALLBACKS) {
    const callback = widgetConfig[name];
    if (callback !== undefined && typeof callback !== 'function') throw new ConfigError([{ field: name, message: 'must be a function' }]);
    delete widgetConfig[name];
  }
  parseConfigOrThrow(widgetConfigSchema, widgetConfig);
  return config;
}

function apply(element: SignInWidget, config: EmbedConfig): void {
  const widgetConfig: Record<string, unknown> = { ...config };
  for (const name of CALLBACKS) {
    element[name] = config[name] as never;
    delete widgetConfig[name];
  }
  element.config = widgetConfig as WidgetConfigInput;
}
