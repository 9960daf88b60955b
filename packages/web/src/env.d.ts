/** Text imported by the build (esbuild's text loader). */
declare module '*.css' {
  const text: string;
  export default text;
}
