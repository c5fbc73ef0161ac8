import jsQR from 'jsqr'

/** The longest side a photo is scaled to before it is searched (a phone photo of a label is 4000 px and more). */
export const MAX_SIDE = 1280

/** The text of the QR code in RGBA pixels, or null when there is none. */
export function decodeQr(pixels: Uint8ClampedArray, width: number, height: number): string | null {
  const code = jsQR(pixels, width, height, { inversionAttempts: 'attemptBoth' })
  return code && code.data.trim() ? code.data.trim() : null
}

/** The text of the QR code in a photo the phone took (a checkpoint's label), or null when none is found. */
export async function scanQr(photo: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(photo)
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height))
  const width = Math.max(1, Math.round(bitmap.width * scale))
  const height = Math.max(1, Math.round(bitmap.height * scale))
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d', { willReadFrequently: true })
  if (!context) return null
  context.drawImage(bitmap, 0, 0, width, height)
  bitmap.close()
  return decodeQr(context.getImageData(0, 0, width, height).data, width, height)
}
