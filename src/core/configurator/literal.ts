/**
 * A reader of JavaScript object literals as the configurator's exports write them (and as people
 * edit them): JSON plus unquoted keys, single quotes, template strings without `${}`, comments and
 * trailing commas. Never evaluates: a value that is code (a callback, a variable) is skipped, its
 * key left out. Used to import `embed()` calls and framework snippets.
 */

export class LiteralError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
    this.name = 'LiteralError';
  }
}

const SKIPPED = Symbol('skipped');

class Reader {
  constructor(
    readonly text: string,
    public at: number,
  ) {}

  space(): void {
    for (;;) {
      const rest = this.text.slice(this.at);
      const match = /^(?:\s+|\/\/[^\n]*|\/\*[^]*?\*\/)/.exec(rest);
      if (!match) return;
      this.at += match[0].length;
    }
  }

  peek(): string {
    this.space();
    return this.text[this.at] ?? '';
  }

  expect(char: string): void {
    if (this.peek() !== char) throw new LiteralError(`expected "${char}" at character ${this.at + 1}`, this.at);
    this.at++;
  }

  string(): string {
    const quote = this.text[this.at]!;
    let out = '';
    for (let i = this.at + 1; i < this.text.length; i++) {
      const char = this.text[i]!;
      if (char === quote) {
        this.at = i + 1;
        return out;
      }
      if (quote === '`' && char === '$' && this.text[i + 1] === '{') throw new LiteralError(`a template string with \${} at character ${i + 1}`, i);
      if (char !== '\\') {
        if (char === '\n' && quote !== '`') break;
        out += char;
        continue;
      }
      const next = this.text[++i] ?? '';
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
      if (next === 'u') {
        const braced = /^\{([\da-fA-F]{1,6})\}/.exec(this.text.slice(i + 1));
        const hex = braced ? braced[1]! : this.text.slice(i + 1, i + 5);
        if (!/^[\da-fA-F]+$/.test(hex)) throw new LiteralError(`a bad \\u escape at character ${i + 1}`, i);
        out += String.fromCodePoint(parseInt(hex, 16));
        i += braced ? braced[0].length : 4;
      } else if (next === 'x') {
        out += String.fromCharCode(parseInt(this.text.slice(i + 1, i + 3), 16));
        i += 2;
      } else if (next === '\n') continue;
      else out += simple[next] ?? next;
    }
    throw new LiteralError(`a string that does not end, from character ${this.at + 1}`, this.at);
  }

  key(): string {
    const char = this.peek();
    if (char === '"' || char === "'") return this.string();
    const match = /^[A-Za-z_$][\w$]*|^\d+/.exec(this.text.slice(this.at));
    if (!match) throw new LiteralError(`expected a property name at character ${this.at + 1}`, this.at);
    this.at += match[0].length;
    return match[0];
  }

  /** Skips code up to the `,` or closing bracket that ends it (brackets and strings balanced). */
  skip(): typeof SKIPPED {
    let depth = 0;
    while (this.at < this.text.length) {
      const char = this.peek();
      if (char === '"' || char === "'" || char === '`') {
        this.string();
        continue;
      }
      if ('([{'.includes(char)) depth++;
      else if (')]}'.includes(char)) {
        if (depth === 0) return SKIPPED;
        depth--;
      } else if (char === ',' && depth === 0) return SKIPPED;
      this.at++;
    }
    throw new LiteralError('code that does not end', this.at);
  }

  value(): unknown {
    const char = this.peek();
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"' || char === "'" || char === '`') return this.string();
    const rest = this.text.slice(this.at);
    const number = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?![\w$])/.exec(rest);
    if (number) {
      this.at += number[0].length;
      return Number(number[0]);
    }
    const word = /^(true|false|null|undefined)(?![\w$])/.exec(rest);
    // `(event) => …`, `function`, a variable: code, not data.
    if (word && !/^\s*=>/.test(rest.slice(word[0].length))) {
      this.at += word[0].length;
      return { true: true, false: false, null: null, undefined: undefined }[word[1] as 'true'];
    }
    return this.skip();
  }

  object(): Record<string, unknown> {
    this.expect('{');
    const out: Record<string, unknown> = {};
    while (this.peek() !== '}') {
      if (this.peek() === '.' && this.text.startsWith('...', this.at)) {
        this.at += 3;
        this.skip();
      } else {
        const key = this.key();
        if (this.peek() === '(') {
          // A method: `onSuccess(detail) { … }`.
          this.skip();
          if (this.peek() === '{') this.skip();
        } else {
          this.expect(':');
          const value = this.value();
          if (value !== SKIPPED && value !== undefined) out[key] = value;
        }
      }
      if (this.peek() === ',') this.at++;
      else if (this.peek() !== '}') throw new LiteralError(`expected "," or "}" at character ${this.at + 1}`, this.at);
    }
    this.at++;
    return out;
  }

  array(): unknown[] {
    this.expect('[');
    const out: unknown[] = [];
    while (this.peek() !== ']') {
      const value = this.value();
      if (value !== SKIPPED) out.push(value);
      if (this.peek() === ',') this.at++;
      else if (this.peek() !== ']') throw new LiteralError(`expected "," or "]" at character ${this.at + 1}`, this.at);
    }
    this.at++;
    return out;
  }
}

/** Reads the object literal that starts at `text[start]` (a `{`), without evaluating anything. */
export function readObjectLiteral(text: string, start: number): Record<string, unknown> {
  return new Reader(text, start).object();
}
