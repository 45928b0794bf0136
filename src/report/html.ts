// The report's HTML as a light tree serialised once: a DOM (linkedom) is kept for the charts only, because building
// a report of thousands of figures as DOM nodes spent most of its time constructing them (measured: 7 s of 11 s for
// 17 jurisdictions). Escaping is html-escaper's.
import { escape as escapeHtml } from 'html-escaper';

/** Markup that is already HTML (a chart's SVG), inserted as is. */
export class Html {
  /**
   * @param html - the markup
   */
  constructor(readonly html: string) {}
}

/** What an element may contain: elements, markup, text (escaped), or nothing. */
export type Child = El | Html | string | undefined | false;

const VOID = new Set(['meta', 'link', 'br', 'hr', 'img', 'input']);

/** An element of the report: tag, attributes, children. */
export class El {
  readonly children: Child[] = [];

  /**
   * @param tag - the tag name
   * @param attrs - attributes (`undefined` values are left out)
   */
  constructor(
    readonly tag: string,
    readonly attrs: Readonly<Record<string, string | undefined>>,
  ) {}

  /**
   * Adds children at the end.
   * @param children - the children
   */
  append(...children: Child[]): void {
    this.children.push(...children);
  }

  /**
   * Writes the element's HTML into `out`.
   * @param out - the pieces of the document
   */
  write(out: string[]): void {
    out.push(`<${this.tag}`);
    for (const [k, v] of Object.entries(this.attrs))
      if (v !== undefined) out.push(` ${k}="${escapeHtml(v)}"`);
    out.push('>');
    if (VOID.has(this.tag)) return;
    for (const c of this.children) {
      if (c === undefined || c === false) continue;
      if (typeof c === 'string') out.push(escapeHtml(c));
      else if (c instanceof Html) out.push(c.html);
      else c.write(out);
    }
    out.push(`</${this.tag}>`);
  }
}

/**
 * An element.
 *
 * @param tag - the tag name
 * @param attrs - attributes
 * @param children - children
 * @returns the element
 * @example
 * ```ts
 * serialize(h('p', { class: 'note' }, 'a < b')) // '<p class="note">a &lt; b</p>'
 * ```
 */
export function h(
  tag: string,
  attrs: Readonly<Record<string, string | undefined>> = {},
  ...children: Child[]
): El {
  const el = new El(tag, attrs);
  el.append(...children);
  return el;
}

/**
 * The HTML of an element and its children.
 *
 * @param el - the element
 * @returns the markup
 * @example
 * ```ts
 * serialize(h('b', {}, 'x')) // '<b>x</b>'
 * ```
 */
export function serialize(el: El): string {
  const out: string[] = [];
  el.write(out);
  return out.join('');
}
