// `npm start`: serves the demo against the built script-tag bundle (dist/cap-consent.js).
const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  nodeResolve: true,
  plugins: [
    {
      name: 'print-demo-url',
      serverStart() {
        console.log(`\ncap-consent demo: http://localhost:${port}/demo/\n`);
      },
    },
  ],
};
