import { defineConfig } from 'vite';

// The app's sources are src/main/web; the build lands where Maven packs the jar's resources, and the
// gateway serves them from META-INF/resources. `npm run dev` proxies the API and the config to a
// running `./stack up` (the gateway on 8080), so the identity server's redirect to 8080 still works
// when you open the dev server at http://127.0.0.1:5173 — see README.md.
const gateway = process.env.SSPF_GATEWAY_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: 'src/main/web',
  build: {
    outDir: '../../../target/classes/META-INF/resources',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': gateway,
      '/config.json': gateway,
    },
  },
});
