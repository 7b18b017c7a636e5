import { request } from '../../../shared/http/http-client';
import { withMeta, z } from '../../../shared/zod';

const generatedSchema = withMeta(z.object({ value: z.string() }), { id: 'Generated' });

type GeneratorName = 'account-number' | 'pin' | 'password';

/** Server-side generators: a unique account number, a pin of the configured length, a strong password. */
export async function generate(name: GeneratorName): Promise<string> {
  return (await request(`/generators/${name}`, { schema: generatedSchema })).data.value;
}

export { generatedSchema };
