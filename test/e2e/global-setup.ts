import { buildExtension } from '../../scripts/build';

export default async function setup(): Promise<void> {
  if (!process.env.ECHO_SKIP_BUILD) await buildExtension();
}
