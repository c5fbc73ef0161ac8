import { createApp } from 'vue'
import App from './App.vue'
import { pinia } from './stores'
import { createAppRouter } from './router'
import { i18n, applyLocale, getLocale } from './plugins/i18n'
import { installElementPlus } from './plugins/elementPlus'
import { installDirectives } from './directives'
import { configureHttp, ensureCsrf } from './utils/http'
import { useUserStore } from './stores/user'
import './style/index.css'

const app = createApp(App)
const router = createAppRouter()

app.use(pinia)
app.use(i18n)
app.use(router)
installElementPlus(app)
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
