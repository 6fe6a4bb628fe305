import path from 'node:path';
import type { Messenger } from '../notification-types';
import { FileMessenger } from './file-messenger';
import { MaxMessenger } from './max.adapter';
import type { MessengerAdapter } from './messenger-port';
import { TelegramMessenger } from './telegram.adapter';
import { WhatsAppMessenger } from './whatsapp.adapter';

export interface MessengerSettings {
  dataDir: string;
  max: { token?: string | undefined; baseUrl: string };
  telegram: { token?: string | undefined; baseUrl: string };
  whatsapp: { token?: string | undefined; phoneNumberId?: string | undefined; baseUrl: string; templatePrefix: string };
}

/** Each messenger's provider adapter when it is configured, else its file stand-in under `${dataDir}/messages`. */
export function createMessengers(settings: MessengerSettings): Record<Messenger, MessengerAdapter> {
  const files = path.join(settings.dataDir, 'messages');
  const { max, telegram, whatsapp } = settings;
  return {
    max: max.token ? new MaxMessenger({ token: max.token, baseUrl: max.baseUrl }) : new FileMessenger('max', files),
    telegram: telegram.token ? new TelegramMessenger({ token: telegram.token, baseUrl: telegram.baseUrl }) : new FileMessenger('telegram', files),
    whatsapp:
      whatsapp.token && whatsapp.phoneNumberId
        ? new WhatsAppMessenger({ token: whatsapp.token, phoneNumberId: whatsapp.phoneNumberId, baseUrl: whatsapp.baseUrl, templatePrefix: whatsapp.templatePrefix })
        : new FileMessenger('whatsapp', files),
  };
}
