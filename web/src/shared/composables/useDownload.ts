import { ref } from 'vue'
import { saveBlob, type DownloadedFile } from '@/shared/http'
import { runAction } from '@/shared/utils/actions'

/**
 * An export button's state and action: while the file is fetched `downloading` is true (the button spins); the file
 * is then saved under its server-given name and the success message shown; a failure is reported.
 */
export function useDownload(fetch: () => Promise<DownloadedFile>, success: () => string) {
  const downloading = ref(false)

  async function download(): Promise<void> {
    downloading.value = true
    try {
      await runAction(fetch, { success: success(), after: (file) => saveBlob(file.blob, file.filename) })
    } finally {
      downloading.value = false
    }
  }

  return { downloading, download }
}
