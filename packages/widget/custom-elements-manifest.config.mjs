export default {
  globs: ["src/components/**/*.component.ts"],
  outdir: "dist",
  litelement: true,
};
