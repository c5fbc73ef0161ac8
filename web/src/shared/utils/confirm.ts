import { ElMessageBox } from 'element-plus'
import { translate } from '@/shared/plugins/i18n'

/** Asks before a destructive action; false when the user cancels. */
export async function confirmDanger(message: string, title: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, {
      type: 'warning',
      confirmButtonText: translate('common.confirm'),
      cancelButtonText: translate('common.cancel'),
      confirmButtonClass: 'el-button--danger'
    })
    return true
  } catch {
    return false
  }
}
