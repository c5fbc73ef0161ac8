import { createApp } from 'vue'
import App from './App.vue'
import { pinia } from './shared/stores'
import { createAppRouter } from './shared/router'
import { i18n, applyLocale, getLocale } from './shared/plugins/i18n'
import { installDirectives } from './shared/directives'
import { configureHttp, ensureCsrf } from './shared/http'
import { useUserStore } from './shared/stores/user'
import './shared/style/index.css'
// Element Plus components and their styles are imported where templates use them (vite.config.ts); messages and
// confirmations are opened from scripts (ElMessage, ElMessageBox), so their styles are loaded here.
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'

const app = createApp(App)
const router = createAppRouter()

app.use(pinia)
app.use(i18n)
app.use(router)
installDirectives(app)

applyLocale(getLocale())

configureHttp({
  onUnauthorized: () => {
    useUserStore().clear()
    const current = router.currentRoute.value
    if (current.name === 'Login') return
    const redirect = current.fullPath
    void router.replace(redirect && redirect !== '/' ? { name: 'Login', query: { redirect } } : { name: 'Login' })
  }
})

// Make sure the XSRF-TOKEN cookie exists before the first state-changing request.
void ensureCsrf()

void router.isReady().then(() => app.mount('#app'))
