import type { RegistryImportKind } from '@/modules/enterprise/api/types/registryExcel'

/** The largest upload the server reads (5 MB); larger files are refused before sending. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024

/** The most data rows of one upload. */
export const MAX_ROWS = 5000

/** Which download is running: a template kind, or one of the exports. */
export type Download = RegistryImportKind | 'export-units' | 'export-enterprises' | null
