import type { FixtureSiteModule } from '../types';
import { vscodeBackend } from './backend';

export default {
  id: 'vscode',
  hosts: ['vscode.dev', 'github.dev'],
  createBackend: () => vscodeBackend(),
} satisfies FixtureSiteModule;
