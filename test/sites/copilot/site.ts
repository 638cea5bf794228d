import type { FixtureSiteModule } from '../types';
import { copilotBackend } from './backend';

export default {
  id: 'copilot',
  hosts: ['copilot.microsoft.com'],
  createBackend: () => copilotBackend(),
} satisfies FixtureSiteModule;
