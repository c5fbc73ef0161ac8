import type { App, Component } from 'vue'
import {
  ElAlert,
  ElAside,
  ElButton,
  ElCard,
  ElCol,
  ElConfigProvider,
  ElContainer,
  ElDatePicker,
  ElDescriptions,
  ElDescriptionsItem,
  ElDialog,
  ElDivider,
  ElDrawer,
  ElEmpty,
  ElForm,
  ElFormItem,
  ElHeader,
  ElIcon,
  ElInput,
  ElLink,
  ElLoading,
  ElMain,
  ElMenu,
  ElMenuItem,
  ElOption,
  ElPagination,
  ElResult,
  ElRow,
  ElScrollbar,
  ElSelect,
  ElSkeleton,
  ElSubMenu,
  ElSwitch,
  ElTable,
  ElTableColumn,
  ElTabPane,
  ElTabs,
  ElTag,
  ElText,
  ElTooltip,
  ElTree,
  ElTreeSelect,
  ElUpload
} from 'element-plus'
import 'element-plus/dist/index.css'

/**
 * Element Plus components used in templates. Registered one by one (instead of the whole
 * library) so that unused components are tree-shaken; tests/elementPlus.spec.ts checks that
 * every `<el-*>` tag in src/ is in this list.
 */
export const elementComponents: Record<string, Component> = {
  ElAlert,
  ElAside,
  ElButton,
  ElCard,
  ElCol,
  ElConfigProvider,
  ElContainer,
  ElDatePicker,
  ElDescriptions,
  ElDescriptionsItem,
  ElDialog,
  ElDivider,
  ElDrawer,
  ElEmpty,
  ElForm,
  ElFormItem,
  ElHeader,
  ElIcon,
  ElInput,
  ElLink,
  ElMain,
  ElMenu,
  ElMenuItem,
  ElOption,
  ElPagination,
  ElResult,
  ElRow,
  ElScrollbar,
  ElSelect,
  ElSkeleton,
  ElSubMenu,
  ElSwitch,
  ElTable,
  ElTableColumn,
  ElTabPane,
  ElTabs,
  ElTag,
  ElText,
  ElTooltip,
  ElTree,
  ElTreeSelect,
  ElUpload
}

export function installElementPlus(app: App): void {
  for (const [name, component] of Object.entries(elementComponents)) {
    app.component(name, component)
  }
  app.use(ElLoading)
}
