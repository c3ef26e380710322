/** SHA-256 of text or bytes, as lower-case hex: the whole digest, or its first `bytes` bytes. Web Crypto: the same in Node and workerd. */
export async function sha256Hex(data: string | Uint8Array, bytes = 32): Promise<string> {
  const input = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', input), 0, bytes);
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
