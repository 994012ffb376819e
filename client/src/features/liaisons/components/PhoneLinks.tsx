import { telHref, whatsAppHref } from '../../../../../shared/phone.ts';
import '../liaisons.css';

/**
 * A PIC's phone as the two ways people reach them from a phone: a call (`tel:`) and a
 * WhatsApp chat (`wa.me`, for a number read as Indonesian). "WhatsApp" is a name, the same
 * in both languages; the label says whom the chat is with.
 */
export function PhoneLinks({ phone, name }: { phone: string; name: string }) {
  const whatsApp = whatsAppHref(phone);
  return (
    <span className="phone-links">
      <a href={telHref(phone)} data-testid="liaison-tel">
        {phone}
      </a>
      {whatsApp && (
        <a
          href={whatsApp}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={`WhatsApp ${name}`}
          data-testid="liaison-whatsapp"
        >
          WhatsApp
        </a>
      )}
    </span>
  );
}
