/**
 * The parts of `word/styles.xml` (and the theme fonts) needed to know the effective bold, italic,
 * alignment, font and size of a run: document defaults, paragraph styles and character styles with
 * their `basedOn` chains. Table styles and conditional formatting are ignored.
 */
import { onOff, val, walkXml, type XmlAttributes, type XmlGuard, type XmlPart } from './xml';

export interface RunProps {
  /** A font name, or `@major` / `@minor` for the theme fonts. */
  font?: string;
  /** Size in half-points, as stored. */
  halfPoints?: number;
  bold?: boolean;
  italic?: boolean;
  /** Hidden text (`w:vanish`): not shown, not extracted. */
  hidden?: boolean;
}

export interface NumberingRef {
  numId: string;
  level: number;
}

export interface ParagraphProps {
  align?: string;
  numbering?: NumberingRef;
}

interface Style {
  readonly type: string;
  basedOn?: string;
  readonly run: RunProps;
  readonly paragraph: ParagraphProps;
}

export interface ResolvedStyle {
  readonly run: RunProps;
  readonly paragraph: ParagraphProps;
}

export interface StyleSheet {
  readonly defaults: { readonly run: RunProps; readonly paragraph: ParagraphProps };
  readonly styles: ReadonlyMap<string, Style>;
  /** resolveStyle's results: a document has few styles and many paragraphs and runs. */
  readonly resolved: Map<string, ResolvedStyle>;
  readonly defaultParagraphStyle?: string;
  readonly themeFonts: { readonly major?: string; readonly minor?: string };
}

/** Applies one child element of a `w:rPr` to `props`; returns false when the element is not a run property. */
export function applyRunProperty(props: RunProps, name: string, attributes: XmlAttributes): boolean {
  switch (name) {
    case 'w:rFonts': {
      // A theme font, when given, wins over the explicit name (ECMA-376 §17.3.2.26).
      const theme = attributes.get('w:asciiTheme') ?? attributes.get('w:hAnsiTheme');
      const font = attributes.get('w:ascii') ?? attributes.get('w:hAnsi');
      if (theme !== undefined) props.font = theme.startsWith('major') ? '@major' : '@minor';
      else if (font !== undefined) props.font = font;
      return true;
    }
    case 'w:sz': {
      const size = Number(val(attributes));
      if (Number.isFinite(size) && size > 0) props.halfPoints = size;
      return true;
    }
    case 'w:b':
      props.bold = onOff(attributes);
      return true;
    case 'w:i':
      props.italic = onOff(attributes);
      return true;
    case 'w:vanish':
      props.hidden = onOff(attributes);
      return true;
    default:
      return false;
  }
}

/** Applies one child element of a `w:pPr` (alignment, numbering) to `props`. */
export function applyParagraphProperty(props: ParagraphProps, name: string, attributes: XmlAttributes): void {
  if (name === 'w:jc') props.align = val(attributes);
  else if (name === 'w:ilvl')
    props.numbering = { numId: props.numbering?.numId ?? '', level: Number(val(attributes)) || 0 };
  else if (name === 'w:numId') props.numbering = { numId: val(attributes) ?? '', level: props.numbering?.level ?? 0 };
}

export function mergeRun(base: RunProps, over: RunProps): RunProps {
  return { ...base, ...over };
}

export function parseStyles(
  stylesXml: XmlPart | undefined,
  themeXml: XmlPart | undefined,
  guard: XmlGuard,
): StyleSheet {
  const defaults = { run: {} as RunProps, paragraph: {} as ParagraphProps };
  const styles = new Map<string, Style>();
  let defaultParagraphStyle: string | undefined;
  if (stylesXml !== undefined) {
    let current: Style | undefined;
    let where: 'run' | 'paragraph' | undefined;
    let inDefaults = false;
    walkXml(stylesXml, guard, {
      open(name, attributes) {
        if (name === 'w:docDefaults') inDefaults = true;
        else if (name === 'w:style') {
          const id = attributes.get('w:styleId') ?? '';
          current = { type: attributes.get('w:type') ?? 'paragraph', run: {}, paragraph: {} };
          styles.set(id, current);
          const isDefault = attributes.get('w:default') === '1' || attributes.get('w:default') === 'true';
          if (current.type === 'paragraph' && isDefault) defaultParagraphStyle = id;
        } else if (name === 'w:basedOn' && current) current.basedOn = val(attributes);
        else if (name === 'w:rPr') where = 'run';
        else if (name === 'w:pPr') where = 'paragraph';
        else {
          const target = inDefaults ? defaults : current;
          if (target && where === 'run') applyRunProperty(target.run, name, attributes);
          else if (target && where === 'paragraph') applyParagraphProperty(target.paragraph, name, attributes);
        }
      },
      close(name) {
        if (name === 'w:docDefaults') inDefaults = false;
        else if (name === 'w:style') current = undefined;
        else if (name === 'w:rPr' || name === 'w:pPr') where = undefined;
      },
    });
  }
  return { defaults, styles, resolved: new Map(), defaultParagraphStyle, themeFonts: parseThemeFonts(themeXml, guard) };
}

function parseThemeFonts(themeXml: XmlPart | undefined, guard: XmlGuard): { major?: string; minor?: string } {
  const fonts: { major?: string; minor?: string } = {};
  if (themeXml === undefined) return fonts;
  let which: 'major' | 'minor' | undefined;
  walkXml(themeXml, guard, {
    open(name, attributes) {
      if (name === 'a:majorFont') which = 'major';
      else if (name === 'a:minorFont') which = 'minor';
      else if (name === 'a:latin' && which) fonts[which] = attributes.get('typeface');
    },
    close(name) {
      if (name === 'a:majorFont' || name === 'a:minorFont') which = undefined;
    },
  });
  return fonts;
}

const NO_STYLE: ResolvedStyle = { run: {}, paragraph: {} };

/** A style with its `basedOn` chain folded in (cycles and overlong chains are cut). Do not modify the result. */
export function resolveStyle(sheet: StyleSheet, id: string | undefined): ResolvedStyle {
  if (id === undefined) return NO_STYLE;
  const known = sheet.resolved.get(id);
  if (known) return known;
  const chain: Style[] = [];
  const seen = new Set<string>();
  for (let next: string | undefined = id; next !== undefined && !seen.has(next) && chain.length < 32; ) {
    seen.add(next);
    const style = sheet.styles.get(next);
    if (!style) break;
    chain.unshift(style);
    next = style.basedOn;
  }
  let run: RunProps = {};
  let paragraph: ParagraphProps = {};
  for (const style of chain) {
    run = mergeRun(run, style.run);
    paragraph = { ...paragraph, ...style.paragraph };
  }
  const resolved = { run, paragraph };
  sheet.resolved.set(id, resolved);
  return resolved;
}

export function themeFont(sheet: StyleSheet, font: string | undefined): string | undefined {
  if (font === '@major') return sheet.themeFonts.major;
  if (font === '@minor') return sheet.themeFonts.minor;
  return font;
}
