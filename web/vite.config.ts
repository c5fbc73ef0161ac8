/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { parse } from 'yaml'

/** Turns `*.yaml` locale files into plain JSON modules (zh-CN.yaml, en.yaml). */
function yamlLocales(): Plugin {
  return {
    name: 'chemsafe:yaml',
    transform(code, id) {
      if (!/\.ya?ml$/.test(id.split('?')[0] ?? '')) return null
      const data: unknown = parse(code)
      return { code: `export default ${JSON.stringify(data ?? {})};`, map: null }
    }
  }
}

const backend = process.env.CHEMSAFE_BACKEND ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus on demand: each `<el-*>` tag and `v-loading` in a component imports that component and its
    // stylesheet, so a route's chunk carries what its pages use and the login page does not load the table, tree,
    // date picker or upload (docs/benchmarks.md, "Web transfer"). Our own components stay imported by hand (no
    // `dirs`); types come from element-plus/global (tsconfig), so no declaration file is generated. Vitest's jsdom
    // has no use for the stylesheets (and Node cannot import CSS from node_modules), so tests import none.
    Components({
      resolvers: [ElementPlusResolver({ importStyle: process.env.VITEST ? false : 'css' })],
      dirs: [],
      dts: false
    }),
    yamlLocales()
  ],
  define: {
    // vue-i18n feature flags: Composition API only, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false
  },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url))
    }
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/v3': { target: backend, changeOrigin: false },
      '/actuator': { target: backend, changeOrigin: false }
    }
  },
  preview: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/v3': { target: backend, changeOrigin: false },
      '/actuator': { target: backend, changeOrigin: false }
    }
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // the site plan and the sources map only: its own chunk, loaded with those routes' chunks
            { name: 'leaflet', test: /node_modules[\\/]leaflet[\\/]/, priority: 30 },
            // what every page needs; Element Plus and the rest are split by the routes that import them
            { name: 'vue-vendor', test: /node_modules[\\/](vue|@vue|vue-router|pinia|vue-i18n|@intlify)[\\/]/, priority: 15 }
          ]
        }
      }
    }
  },
  test: {
    environment: 'jsdom',
    // One jsdom and one setup per worker instead of per file: 26 s → 7 s on 2 cores (docs/benchmarks.md). The
    // files do not share state: each test mounts with its own pinia and i18n, and tests/setup.ts clears cookies,
    // storage and mocks after every test; `npx vitest run --sequence.shuffle` checks the order does not matter.
    pool: 'threads',
    isolate: false,
    include: ['tests/**/*.spec.ts'],
    setupFiles: ['tests/setup.ts'],
    globals: false,
    restoreMocks: true,
    // A test that mounts a whole page took 5.3 s once on 2 cores beside three browser journeys (the default limit is
    // 5 s); a hung test still fails, later.
    testTimeout: 20_000
  }
})
