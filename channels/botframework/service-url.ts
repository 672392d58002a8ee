/**
 * True for a URL on this machine (`localhost`, 127.0.0.0/8, `::1`): the Bot Framework Emulator's service URL. In
 * local mode nothing proves a request came from the Bot Connector, so replies may only go to such addresses.
 */
export function isLoopbackUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
