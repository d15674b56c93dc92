/** A model name Ollama accepts, made from what a file says about itself ("Tiny Test Llama" → "tiny-test-llama"). */
export function modelNameFrom(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.gguf$/i, '')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60)
    .replace(/[-.]+$/g, '');
  return slug || 'imported-model';
}

/** A file name for a model name ("llama3.2:3b" → "llama3.2-3b.gguf"). */
export function fileNameForModel(name: string): string {
  return `${name.replace(/:latest$/, '').replace(/[/:]+/g, '-').replace(/[^A-Za-z0-9._-]/g, '')}.gguf`;
}
