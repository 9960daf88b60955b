/** The match pattern soát asks host access for: one per site (scheme + host, any port and path). */
export function originPattern(url: string): string | null {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  return parsed && /^https?:$/.test(parsed.protocol) ? `${parsed.protocol}//${parsed.hostname}/*` : null;
}
