/** china-area-data ships no types: parent code → { code → name } (GB/T 2260; "86" is the country). */
declare module 'china-area-data' {
  const data: Record<string, Record<string, string>>;
  export default data;
}
