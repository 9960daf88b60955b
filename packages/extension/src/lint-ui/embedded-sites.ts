/**
 * Origins of the cross-origin iframes in a document: editors embedded from another site (Word for the
 * web, portals) get soát only when that origin is enabled too, so the popup offers to enable them.
 */
export function embeddedSites(root: ParentNode, ownOrigin: string): string[] {
  const origins = new Set<string>();
  for (const frame of root.querySelectorAll('iframe[src]')) {
    const src = frame.getAttribute('src')!;
    if (!URL.canParse(src, `${ownOrigin}/`)) continue;
    const url = new URL(src, `${ownOrigin}/`);
    if (/^https?:$/.test(url.protocol) && url.origin !== ownOrigin) origins.add(url.origin);
  }
  return [...origins];
}
