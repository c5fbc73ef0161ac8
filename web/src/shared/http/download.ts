/**
 * Extracts the file name from a Content-Disposition header value.
 * Supports RFC 6266 / RFC 5987 `filename*=UTF-8''…` and plain `filename="…"`.
 */
export function filenameFromContentDisposition(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (extended?.[2]) {
    try {
      const name = decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''))
      if (name) return name
    } catch {
      /* fall through to the plain form */
    }
  }
  const quoted = /filename\s*=\s*"((?:\\.|[^"\\])*)"/i.exec(header)
  if (quoted?.[1]) return quoted[1].replace(/\\(.)/g, '$1')
  const plain = /filename\s*=\s*([^;]+)/i.exec(header)
  if (plain?.[1]) {
    const name = plain[1].trim()
    if (name) return name
  }
  return fallback
}

/** Offers a blob to the user as a file download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
