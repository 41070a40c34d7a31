import { ApiError } from '../../api/client';

/** The name the server offers (RFC 6266: `filename*=UTF-8''…`, or a plain `filename="…"`). */
export function offeredName(disposition: string | null): string | null {
  const header = disposition ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/.exec(header)?.[1] ?? null;
}

/** Downloads through fetch so that a refusal (PDF without LibreOffice: 503) can be shown. */
export async function download(url: string, fallbackName = 'ke-hoach.pdf'): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    const said = body && typeof body === 'object' ? body : {};
    throw new ApiError({
      title: 'title' in said ? String(said.title) : res.statusText,
      status: res.status,
      code: 'export',
      detail: 'detail' in said ? String(said.detail) : undefined,
    });
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await res.blob());
  link.download = offeredName(res.headers.get('Content-Disposition')) ?? fallbackName;
  link.click();
  URL.revokeObjectURL(link.href);
}
