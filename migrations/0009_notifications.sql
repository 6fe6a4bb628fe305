-- Notifications: message templates per type, language and channel (editable later in the
-- CRM), a record of every message sent, and the departure reminders already scheduled.

CREATE TABLE notification_template (
  type        text NOT NULL CHECK (type IN ('email_verification', 'password_reset', 'order_confirmation', 'refund_confirmation',
                                            'reminder_24h', 'reminder_2h', 'late_payment_refunded', 'support_update')),
  locale      text NOT NULL CHECK (locale IN ('ru', 'en', 'zh')),
  -- 'messenger' is one text for MAX and Telegram (and the file stand-in); WhatsApp sends its
  -- pre-approved template with the same data.
  channel     text NOT NULL CHECK (channel IN ('email', 'messenger')),
  subject     text CHECK (subject <> ''),
  body_text   text NOT NULL CHECK (body_text <> ''),
  body_html   text CHECK (body_html <> ''),
  updated_by  text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (type, locale, channel),
  CHECK ((channel = 'email') = (subject IS NOT NULL AND body_html IS NOT NULL))
);
CREATE TRIGGER notification_template_touch_updated_at BEFORE UPDATE ON notification_template
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Every message, one row per channel it went (or was meant to go) through.
CREATE TABLE notification (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  type                 text NOT NULL,
  channel              text NOT NULL CHECK (channel IN ('email', 'max', 'telegram', 'whatsapp')),
  -- An email address, or the messenger's user / chat id or phone number.
  recipient            text NOT NULL,
  locale               text NOT NULL CHECK (locale IN ('ru', 'en', 'zh')),
  order_id             uuid REFERENCES orders (id),
  -- The customer account, when the recipient has one (the customers module owns that table).
  customer_id          uuid,
  -- The outbox message this came from: a redelivered message finds its row and sends nothing twice.
  source_message_id    uuid NOT NULL,
  -- Set when email stands in for a messenger that failed.
  fallback_from        text CHECK (fallback_from IN ('max', 'telegram', 'whatsapp')),
  subject              text,
  status               text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts             integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  provider_message_id  text,
  error                text,
  -- While one worker sends, another leaves the row alone; a worker that died mid-send frees it
  -- when this passes.
  locked_until         timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  sent_at              timestamptz,
  UNIQUE (source_message_id, channel)
);
CREATE INDEX notification_order_idx ON notification (order_id, created_at) WHERE order_id IS NOT NULL;
CREATE INDEX notification_customer_idx ON notification (customer_id, created_at) WHERE customer_id IS NOT NULL;
CREATE TRIGGER notification_touch_updated_at BEFORE UPDATE ON notification FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- A reminder is scheduled once per order and kind: this row and its outbox row commit together.
CREATE TABLE notification_reminder (
  order_id      uuid NOT NULL REFERENCES orders (id),
  kind          text NOT NULL CHECK (kind IN ('reminder_24h', 'reminder_2h')),
  scheduled_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (order_id, kind)
);

-- Default texts. Placeholders are {{name}}; the values are HTML-escaped in HTML bodies.
INSERT INTO notification_template (type, locale, channel, subject, body_text, body_html) VALUES

('email_verification', 'ru', 'email', 'Подтвердите адрес электронной почты',
$t$Здравствуйте!

Чтобы подтвердить адрес {{email}} для личного кабинета «Причала», откройте ссылку:
{{link}}

Ссылка действует ограниченное время и только один раз. Если вы не регистрировались у нас, просто не обращайте внимания на это письмо.

Причал — прогулки по воде$t$,
$t$<p>Здравствуйте!</p>
<p>Чтобы подтвердить адрес {{email}} для личного кабинета «Причала», нажмите кнопку:</p>
<p><a href="{{link}}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px">Подтвердить адрес</a></p>
<p>Если кнопка не работает, откройте ссылку: <a href="{{link}}">{{link}}</a></p>
<p>Ссылка действует ограниченное время и только один раз. Если вы не регистрировались у нас, просто не обращайте внимания на это письмо.</p>
<p>Причал — прогулки по воде</p>$t$),
('email_verification', 'en', 'email', 'Confirm your email address',
$t$Hello,

To confirm {{email}} for your Prichal account, open this link:
{{link}}

The link works once and only for a limited time. If you did not sign up with us, please ignore this email.

Prichal — trips on the water$t$,
$t$<p>Hello,</p>
<p>To confirm {{email}} for your Prichal account, press the button:</p>
<p><a href="{{link}}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px">Confirm my email</a></p>
<p>If the button does not work, open this link: <a href="{{link}}">{{link}}</a></p>
<p>The link works once and only for a limited time. If you did not sign up with us, please ignore this email.</p>
<p>Prichal — trips on the water</p>$t$),
('email_verification', 'zh', 'email', '请确认您的电子邮箱',
$t$您好！

请打开以下链接，确认 {{email}} 为您的 Prichal 账户邮箱：
{{link}}

该链接仅可使用一次，且有效期有限。如果您并未注册，请忽略此邮件。

Prichal 水上游览$t$,
$t$<p>您好！</p>
<p>请点击下方按钮，确认 {{email}} 为您的 Prichal 账户邮箱：</p>
<p><a href="{{link}}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px">确认邮箱</a></p>
<p>如果按钮无法使用，请打开此链接：<a href="{{link}}">{{link}}</a></p>
<p>该链接仅可使用一次，且有效期有限。如果您并未注册，请忽略此邮件。</p>
<p>Prichal 水上游览</p>$t$),

('password_reset', 'ru', 'email', 'Восстановление пароля',
$t$Здравствуйте!

Мы получили запрос на смену пароля для {{email}}. Чтобы задать новый пароль, откройте ссылку:
{{link}}

Ссылка действует ограниченное время и только один раз. Если вы не запрашивали смену пароля, ничего делать не нужно — пароль останется прежним.

Причал — прогулки по воде$t$,
$t$<p>Здравствуйте!</p>
<p>Мы получили запрос на смену пароля для {{email}}. Чтобы задать новый пароль, нажмите кнопку:</p>
<p><a href="{{link}}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px">Задать новый пароль</a></p>
<p>Если кнопка не работает, откройте ссылку: <a href="{{link}}">{{link}}</a></p>
<p>Ссылка действует ограниченное время и только один раз. Если вы не запрашивали смену пароля, ничего делать не нужно — пароль останется прежним.</p>
<p>Причал — прогулки по воде</p>$t$),
('password_reset', 'en', 'email', 'Reset your password',
$t$Hello,

We received a request to reset the password for {{email}}. To choose a new password, open this link:
{{link}}

The link works once and only for a limited time. If you did not ask for this, there is nothing to do: your password stays the same.

Prichal — trips on the water$t$,
$t$<p>Hello,</p>
<p>We received a request to reset the password for {{email}}. To choose a new password, press the button:</p>
<p><a href="{{link}}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px">Choose a new password</a></p>
<p>If the button does not work, open this link: <a href="{{link}}">{{link}}</a></p>
<p>The link works once and only for a limited time. If you did not ask for this, there is nothing to do: your password stays the same.</p>
<p>Prichal — trips on the water</p>$t$),
('password_reset', 'zh', 'email', '重置密码',
$t$您好！

我们收到了为 {{email}} 重置密码的请求。请打开以下链接设置新密码：
{{link}}

该链接仅可使用一次，且有效期有限。如果这不是您本人的操作，无需处理，您的密码不会改变。

Prichal 水上游览$t$,
$t$<p>您好！</p>
<p>我们收到了为 {{email}} 重置密码的请求。请点击下方按钮设置新密码：</p>
<p><a href="{{link}}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px">设置新密码</a></p>
<p>如果按钮无法使用，请打开此链接：<a href="{{link}}">{{link}}</a></p>
<p>该链接仅可使用一次，且有效期有限。如果这不是您本人的操作，无需处理，您的密码不会改变。</p>
<p>Prichal 水上游览</p>$t$),

('order_confirmation', 'ru', 'email', 'Заказ {{orderNumber}} оплачен: {{sailingTitle}}',
$t$Здравствуйте, {{customerName}}!

Спасибо за покупку! Заказ {{orderNumber}} оплачен. Электронные билеты и документы — во вложении.

{{sailingTitle}}
Маршрут: {{route}}
Отправление: {{departure}}
Причал: {{berth}}, {{berthAddress}}

Билеты:
{{tickets}}

Оплачено: {{total}}

Возврат: {{refundPolicy}}

Заказ и билеты на сайте: {{orderLink}}

Приходите на причал за 15 минут до отправления и покажите QR-код билета на экране или распечатанным.

Причал — прогулки по воде$t$,
$t$<p>Здравствуйте, {{customerName}}!</p>
<p>Спасибо за покупку! Заказ <strong>{{orderNumber}}</strong> оплачен. Электронные билеты и документы — во вложении.</p>
<p><strong>{{sailingTitle}}</strong><br>
Маршрут: {{route}}<br>
Отправление: <strong>{{departure}}</strong><br>
Причал: {{berth}}, {{berthAddress}}</p>
<p>Билеты:<br>{{tickets}}</p>
<p>Оплачено: <strong>{{total}}</strong></p>
<p>Возврат: {{refundPolicy}}</p>
<p><a href="{{orderLink}}">Заказ и билеты на сайте</a></p>
<p>Приходите на причал за 15 минут до отправления и покажите QR-код билета на экране или распечатанным.</p>
<p>Причал — прогулки по воде</p>$t$),
('order_confirmation', 'en', 'email', 'Order {{orderNumber}} is paid: {{sailingTitle}}',
$t$Hello {{customerName}},

Thank you for your purchase! Order {{orderNumber}} is paid. Your e-tickets and documents are attached.

{{sailingTitle}}
Route: {{route}}
Departure: {{departure}}
Pier: {{berth}}, {{berthAddress}}

Tickets:
{{tickets}}

Paid: {{total}}

Refunds: {{refundPolicy}}

Your order and tickets online: {{orderLink}}

Please come to the pier 15 minutes before departure and show the ticket's QR code on your screen or printed.

Prichal — trips on the water$t$,
$t$<p>Hello {{customerName}},</p>
<p>Thank you for your purchase! Order <strong>{{orderNumber}}</strong> is paid. Your e-tickets and documents are attached.</p>
<p><strong>{{sailingTitle}}</strong><br>
Route: {{route}}<br>
Departure: <strong>{{departure}}</strong><br>
Pier: {{berth}}, {{berthAddress}}</p>
<p>Tickets:<br>{{tickets}}</p>
<p>Paid: <strong>{{total}}</strong></p>
<p>Refunds: {{refundPolicy}}</p>
<p><a href="{{orderLink}}">Your order and tickets online</a></p>
<p>Please come to the pier 15 minutes before departure and show the ticket's QR code on your screen or printed.</p>
<p>Prichal — trips on the water</p>$t$),
('order_confirmation', 'zh', 'email', '订单 {{orderNumber}} 已付款：{{sailingTitle}}',
$t${{customerName}}，您好！

感谢您的购买！订单 {{orderNumber}} 已付款。电子票和相关单据见附件。

{{sailingTitle}}
航线：{{route}}
出发时间：{{departure}}
码头：{{berth}}，{{berthAddress}}

船票：
{{tickets}}

已付金额：{{total}}

退票：{{refundPolicy}}

在线查看订单和船票：{{orderLink}}

请在出发前 15 分钟到达码头，并出示手机上或打印的船票二维码。

Prichal 水上游览$t$,
$t$<p>{{customerName}}，您好！</p>
<p>感谢您的购买！订单 <strong>{{orderNumber}}</strong> 已付款。电子票和相关单据见附件。</p>
<p><strong>{{sailingTitle}}</strong><br>
航线：{{route}}<br>
出发时间：<strong>{{departure}}</strong><br>
码头：{{berth}}，{{berthAddress}}</p>
<p>船票：<br>{{tickets}}</p>
<p>已付金额：<strong>{{total}}</strong></p>
<p>退票：{{refundPolicy}}</p>
<p><a href="{{orderLink}}">在线查看订单和船票</a></p>
<p>请在出发前 15 分钟到达码头，并出示手机上或打印的船票二维码。</p>
<p>Prichal 水上游览</p>$t$),

('refund_confirmation', 'ru', 'email', 'Возврат по заказу {{orderNumber}} оформлен',
$t$Здравствуйте, {{customerName}}!

Возврат по заказу {{orderNumber}} оформлен: {{refundAmount}} вернутся на карту, с которой вы платили, обычно в течение нескольких рабочих дней (срок зависит от банка). Документы о возврате — во вложении.

{{sailingTitle}}, {{departure}}

Возвращённые билеты (они больше не действуют):
{{refundedTickets}}

Условия возврата: билеты возвращаются за полную стоимость до {{refundDeadline}} — за 24 часа до отправления.

Заказ на сайте: {{orderLink}}

Причал — прогулки по воде$t$,
$t$<p>Здравствуйте, {{customerName}}!</p>
<p>Возврат по заказу <strong>{{orderNumber}}</strong> оформлен: <strong>{{refundAmount}}</strong> вернутся на карту, с которой вы платили, обычно в течение нескольких рабочих дней (срок зависит от банка). Документы о возврате — во вложении.</p>
<p><strong>{{sailingTitle}}</strong>, {{departure}}</p>
<p>Возвращённые билеты (они больше не действуют):<br>{{refundedTickets}}</p>
<p>Условия возврата: билеты возвращаются за полную стоимость до {{refundDeadline}} — за 24 часа до отправления.</p>
<p><a href="{{orderLink}}">Заказ на сайте</a></p>
<p>Причал — прогулки по воде</p>$t$),
('refund_confirmation', 'en', 'email', 'Refund for order {{orderNumber}} is done',
$t$Hello {{customerName}},

The refund for order {{orderNumber}} is done: {{refundAmount}} goes back to the card you paid with, usually within a few working days (it depends on your bank). The refund documents are attached.

{{sailingTitle}}, {{departure}}

Refunded tickets (they are no longer valid):
{{refundedTickets}}

Refund policy: tickets are refunded for their full price until {{refundDeadline}}, 24 hours before departure.

Your order online: {{orderLink}}

Prichal — trips on the water$t$,
$t$<p>Hello {{customerName}},</p>
<p>The refund for order <strong>{{orderNumber}}</strong> is done: <strong>{{refundAmount}}</strong> goes back to the card you paid with, usually within a few working days (it depends on your bank). The refund documents are attached.</p>
<p><strong>{{sailingTitle}}</strong>, {{departure}}</p>
<p>Refunded tickets (they are no longer valid):<br>{{refundedTickets}}</p>
<p>Refund policy: tickets are refunded for their full price until {{refundDeadline}}, 24 hours before departure.</p>
<p><a href="{{orderLink}}">Your order online</a></p>
<p>Prichal — trips on the water</p>$t$),
('refund_confirmation', 'zh', 'email', '订单 {{orderNumber}} 退款已办理',
$t${{customerName}}，您好！

订单 {{orderNumber}} 的退款已办理：{{refundAmount}} 将退回您付款所用的银行卡，通常需要几个工作日（具体取决于银行）。退款单据见附件。

{{sailingTitle}}，{{departure}}

已退船票（已失效）：
{{refundedTickets}}

退票规则：在 {{refundDeadline}}（出发前 24 小时）之前可全额退票。

在线查看订单：{{orderLink}}

Prichal 水上游览$t$,
$t$<p>{{customerName}}，您好！</p>
<p>订单 <strong>{{orderNumber}}</strong> 的退款已办理：<strong>{{refundAmount}}</strong> 将退回您付款所用的银行卡，通常需要几个工作日（具体取决于银行）。退款单据见附件。</p>
<p><strong>{{sailingTitle}}</strong>，{{departure}}</p>
<p>已退船票（已失效）：<br>{{refundedTickets}}</p>
<p>退票规则：在 {{refundDeadline}}（出发前 24 小时）之前可全额退票。</p>
<p><a href="{{orderLink}}">在线查看订单</a></p>
<p>Prichal 水上游览</p>$t$),

('reminder_24h', 'ru', 'email', 'Напоминание: {{sailingTitle}}, {{departure}}',
$t$Здравствуйте, {{customerName}}!

Напоминаем о прогулке по заказу {{orderNumber}}.

{{sailingTitle}}
Маршрут: {{route}}
Отправление: {{departure}}
Причал: {{berth}}, {{berthAddress}}

Билеты:
{{tickets}}

Приходите на причал за 15 минут до отправления. Посадка по QR-коду билета — билеты здесь: {{orderLink}}

Хорошей прогулки!
Причал — прогулки по воде$t$,
$t$<p>Здравствуйте, {{customerName}}!</p>
<p>Напоминаем о прогулке по заказу <strong>{{orderNumber}}</strong>.</p>
<p><strong>{{sailingTitle}}</strong><br>
Маршрут: {{route}}<br>
Отправление: <strong>{{departure}}</strong><br>
Причал: {{berth}}, {{berthAddress}}</p>
<p>Билеты:<br>{{tickets}}</p>
<p>Приходите на причал за 15 минут до отправления. Посадка по QR-коду билета — <a href="{{orderLink}}">билеты здесь</a>.</p>
<p>Хорошей прогулки!<br>Причал — прогулки по воде</p>$t$),
('reminder_24h', 'en', 'email', 'Reminder: {{sailingTitle}}, {{departure}}',
$t$Hello {{customerName}},

A reminder of your trip, order {{orderNumber}}.

{{sailingTitle}}
Route: {{route}}
Departure: {{departure}}
Pier: {{berth}}, {{berthAddress}}

Tickets:
{{tickets}}

Please come to the pier 15 minutes before departure. Boarding is by the ticket's QR code — your tickets: {{orderLink}}

Enjoy the trip!
Prichal — trips on the water$t$,
$t$<p>Hello {{customerName}},</p>
<p>A reminder of your trip, order <strong>{{orderNumber}}</strong>.</p>
<p><strong>{{sailingTitle}}</strong><br>
Route: {{route}}<br>
Departure: <strong>{{departure}}</strong><br>
Pier: {{berth}}, {{berthAddress}}</p>
<p>Tickets:<br>{{tickets}}</p>
<p>Please come to the pier 15 minutes before departure. Boarding is by the ticket's QR code — <a href="{{orderLink}}">your tickets</a>.</p>
<p>Enjoy the trip!<br>Prichal — trips on the water</p>$t$),
('reminder_24h', 'zh', 'email', '出行提醒：{{sailingTitle}}，{{departure}}',
$t${{customerName}}，您好！

提醒您订单 {{orderNumber}} 的游船行程。

{{sailingTitle}}
航线：{{route}}
出发时间：{{departure}}
码头：{{berth}}，{{berthAddress}}

船票：
{{tickets}}

请在出发前 15 分钟到达码头，凭船票二维码登船。查看船票：{{orderLink}}

祝您旅途愉快！
Prichal 水上游览$t$,
$t$<p>{{customerName}}，您好！</p>
<p>提醒您订单 <strong>{{orderNumber}}</strong> 的游船行程。</p>
<p><strong>{{sailingTitle}}</strong><br>
航线：{{route}}<br>
出发时间：<strong>{{departure}}</strong><br>
码头：{{berth}}，{{berthAddress}}</p>
<p>船票：<br>{{tickets}}</p>
<p>请在出发前 15 分钟到达码头，凭船票二维码登船。<a href="{{orderLink}}">查看船票</a></p>
<p>祝您旅途愉快！<br>Prichal 水上游览</p>$t$),

('reminder_2h', 'ru', 'email', 'Через два часа: {{sailingTitle}}',
$t$Здравствуйте, {{customerName}}!

Через два часа отправление — {{departure}}.

{{sailingTitle}}
Причал: {{berth}}, {{berthAddress}}

Билеты:
{{tickets}}

Приходите за 15 минут до отправления и держите QR-код билета под рукой: {{orderLink}}

Причал — прогулки по воде$t$,
$t$<p>Здравствуйте, {{customerName}}!</p>
<p>Через два часа отправление — <strong>{{departure}}</strong>.</p>
<p><strong>{{sailingTitle}}</strong><br>
Причал: {{berth}}, {{berthAddress}}</p>
<p>Билеты:<br>{{tickets}}</p>
<p>Приходите за 15 минут до отправления и держите <a href="{{orderLink}}">QR-код билета</a> под рукой.</p>
<p>Причал — прогулки по воде</p>$t$),
('reminder_2h', 'en', 'email', 'In two hours: {{sailingTitle}}',
$t$Hello {{customerName}},

Your trip departs in two hours, at {{departure}}.

{{sailingTitle}}
Pier: {{berth}}, {{berthAddress}}

Tickets:
{{tickets}}

Please come 15 minutes before departure and keep the ticket's QR code at hand: {{orderLink}}

Prichal — trips on the water$t$,
$t$<p>Hello {{customerName}},</p>
<p>Your trip departs in two hours, at <strong>{{departure}}</strong>.</p>
<p><strong>{{sailingTitle}}</strong><br>
Pier: {{berth}}, {{berthAddress}}</p>
<p>Tickets:<br>{{tickets}}</p>
<p>Please come 15 minutes before departure and keep the <a href="{{orderLink}}">ticket's QR code</a> at hand.</p>
<p>Prichal — trips on the water</p>$t$),
('reminder_2h', 'zh', 'email', '两小时后出发：{{sailingTitle}}',
$t${{customerName}}，您好！

您的游船将在两小时后出发：{{departure}}。

{{sailingTitle}}
码头：{{berth}}，{{berthAddress}}

船票：
{{tickets}}

请在出发前 15 分钟到达，并准备好船票二维码：{{orderLink}}

Prichal 水上游览$t$,
$t$<p>{{customerName}}，您好！</p>
<p>您的游船将在两小时后出发：<strong>{{departure}}</strong>。</p>
<p><strong>{{sailingTitle}}</strong><br>
码头：{{berth}}，{{berthAddress}}</p>
<p>船票：<br>{{tickets}}</p>
<p>请在出发前 15 分钟到达，并准备好<a href="{{orderLink}}">船票二维码</a>。</p>
<p>Prichal 水上游览</p>$t$),

('late_payment_refunded', 'ru', 'email', 'Оплата по заказу {{orderNumber}} возвращена',
$t$Здравствуйте, {{customerName}}!

К сожалению, оплата по заказу {{orderNumber}} пришла, когда бронь уже закончилась, и выбранные места успели занять. Мы вернули всю сумму — {{refundAmount}}: деньги придут на карту, с которой вы платили, обычно в течение нескольких рабочих дней.

{{sailingTitle}}, {{departure}}

Просим прощения за неудобство. На сайте можно выбрать другие места или другой рейс.

Причал — прогулки по воде$t$,
$t$<p>Здравствуйте, {{customerName}}!</p>
<p>К сожалению, оплата по заказу <strong>{{orderNumber}}</strong> пришла, когда бронь уже закончилась, и выбранные места успели занять. Мы вернули всю сумму — <strong>{{refundAmount}}</strong>: деньги придут на карту, с которой вы платили, обычно в течение нескольких рабочих дней.</p>
<p>{{sailingTitle}}, {{departure}}</p>
<p>Просим прощения за неудобство. На сайте можно выбрать другие места или другой рейс.</p>
<p>Причал — прогулки по воде</p>$t$),
('late_payment_refunded', 'en', 'email', 'Your payment for order {{orderNumber}} was refunded',
$t$Hello {{customerName}},

We are sorry: the payment for order {{orderNumber}} arrived after your booking had run out, and the seats had been taken in the meantime. We have refunded the full amount, {{refundAmount}}, to the card you paid with; it usually arrives within a few working days.

{{sailingTitle}}, {{departure}}

We apologise for the trouble. You can choose other seats or another sailing on our website.

Prichal — trips on the water$t$,
$t$<p>Hello {{customerName}},</p>
<p>We are sorry: the payment for order <strong>{{orderNumber}}</strong> arrived after your booking had run out, and the seats had been taken in the meantime. We have refunded the full amount, <strong>{{refundAmount}}</strong>, to the card you paid with; it usually arrives within a few working days.</p>
<p>{{sailingTitle}}, {{departure}}</p>
<p>We apologise for the trouble. You can choose other seats or another sailing on our website.</p>
<p>Prichal — trips on the water</p>$t$),
('late_payment_refunded', 'zh', 'email', '订单 {{orderNumber}} 的付款已退还',
$t${{customerName}}，您好！

很抱歉：订单 {{orderNumber}} 的付款在预订时限结束后才到账，所选座位已被他人购买。我们已将全部款项 {{refundAmount}} 退回您付款所用的银行卡，通常需要几个工作日到账。

{{sailingTitle}}，{{departure}}

给您带来不便，敬请谅解。您可以在网站上选择其他座位或其他班次。

Prichal 水上游览$t$,
$t$<p>{{customerName}}，您好！</p>
<p>很抱歉：订单 <strong>{{orderNumber}}</strong> 的付款在预订时限结束后才到账，所选座位已被他人购买。我们已将全部款项 <strong>{{refundAmount}}</strong> 退回您付款所用的银行卡，通常需要几个工作日到账。</p>
<p>{{sailingTitle}}，{{departure}}</p>
<p>给您带来不便，敬请谅解。您可以在网站上选择其他座位或其他班次。</p>
<p>Prichal 水上游览</p>$t$),

('support_update', 'ru', 'email', 'Обращение {{caseNumber}}: новый ответ',
$t$Здравствуйте!

По вашему обращению {{caseNumber}} есть новости:

{{message}}

Открыть обращение: {{link}}

Причал — прогулки по воде$t$,
$t$<p>Здравствуйте!</p>
<p>По вашему обращению <strong>{{caseNumber}}</strong> есть новости:</p>
<blockquote>{{message}}</blockquote>
<p><a href="{{link}}">Открыть обращение</a></p>
<p>Причал — прогулки по воде</p>$t$),
('support_update', 'en', 'email', 'Request {{caseNumber}}: a new reply',
$t$Hello,

There is news on your request {{caseNumber}}:

{{message}}

Open the request: {{link}}

Prichal — trips on the water$t$,
$t$<p>Hello,</p>
<p>There is news on your request <strong>{{caseNumber}}</strong>:</p>
<blockquote>{{message}}</blockquote>
<p><a href="{{link}}">Open the request</a></p>
<p>Prichal — trips on the water</p>$t$),
('support_update', 'zh', 'email', '咨询 {{caseNumber}}：有新回复',
$t$您好！

您的咨询 {{caseNumber}} 有新进展：

{{message}}

查看咨询：{{link}}

Prichal 水上游览$t$,
$t$<p>您好！</p>
<p>您的咨询 <strong>{{caseNumber}}</strong> 有新进展：</p>
<blockquote>{{message}}</blockquote>
<p><a href="{{link}}">查看咨询</a></p>
<p>Prichal 水上游览</p>$t$);

INSERT INTO notification_template (type, locale, channel, body_text) VALUES
('email_verification', 'ru', 'messenger', $t$Причал: чтобы подтвердить адрес {{email}}, откройте ссылку {{link}}$t$),
('email_verification', 'en', 'messenger', $t$Prichal: to confirm {{email}}, open {{link}}$t$),
('email_verification', 'zh', 'messenger', $t$Prichal：请打开 {{link}} 确认邮箱 {{email}}$t$),
('password_reset', 'ru', 'messenger', $t$Причал: новый пароль для {{email}} можно задать по ссылке {{link}}. Если вы не запрашивали смену пароля, ничего делать не нужно.$t$),
('password_reset', 'en', 'messenger', $t$Prichal: choose a new password for {{email}} at {{link}}. If you did not ask for this, there is nothing to do.$t$),
('password_reset', 'zh', 'messenger', $t$Prichal：请通过 {{link}} 为 {{email}} 设置新密码。如果这不是您本人的操作，无需处理。$t$),
('order_confirmation', 'ru', 'messenger', $t$Заказ {{orderNumber}} оплачен.
{{sailingTitle}}
Отправление: {{departure}}
Причал: {{berth}}, {{berthAddress}}
Билеты:
{{tickets}}
Возврат: {{refundPolicy}}
Билеты и документы отправили на почту, заказ на сайте: {{orderLink}}$t$),
('order_confirmation', 'en', 'messenger', $t$Order {{orderNumber}} is paid.
{{sailingTitle}}
Departure: {{departure}}
Pier: {{berth}}, {{berthAddress}}
Tickets:
{{tickets}}
Refunds: {{refundPolicy}}
Tickets and documents are in your email; your order online: {{orderLink}}$t$),
('order_confirmation', 'zh', 'messenger', $t$订单 {{orderNumber}} 已付款。
{{sailingTitle}}
出发时间：{{departure}}
码头：{{berth}}，{{berthAddress}}
船票：
{{tickets}}
退票：{{refundPolicy}}
船票和单据已发送至您的邮箱，在线查看订单：{{orderLink}}$t$),
('refund_confirmation', 'ru', 'messenger', $t$Возврат по заказу {{orderNumber}} оформлен: {{refundAmount}} вернутся на карту в течение нескольких рабочих дней.
Возвращённые билеты больше не действуют:
{{refundedTickets}}
Документы о возврате отправили на почту. Заказ: {{orderLink}}$t$),
('refund_confirmation', 'en', 'messenger', $t$The refund for order {{orderNumber}} is done: {{refundAmount}} goes back to your card within a few working days.
These tickets are no longer valid:
{{refundedTickets}}
The refund documents are in your email. Your order: {{orderLink}}$t$),
('refund_confirmation', 'zh', 'messenger', $t$订单 {{orderNumber}} 的退款已办理：{{refundAmount}} 将在几个工作日内退回您的银行卡。
以下船票已失效：
{{refundedTickets}}
退款单据已发送至您的邮箱。订单：{{orderLink}}$t$),
('reminder_24h', 'ru', 'messenger', $t$Напоминаем: {{sailingTitle}}, отправление {{departure}}, причал {{berth}} ({{berthAddress}}). Приходите за 15 минут. Билеты: {{orderLink}}$t$),
('reminder_24h', 'en', 'messenger', $t$Reminder: {{sailingTitle}}, departure {{departure}}, pier {{berth}} ({{berthAddress}}). Please come 15 minutes early. Your tickets: {{orderLink}}$t$),
('reminder_24h', 'zh', 'messenger', $t$出行提醒：{{sailingTitle}}，出发时间 {{departure}}，码头 {{berth}}（{{berthAddress}}）。请提前 15 分钟到达。船票：{{orderLink}}$t$),
('reminder_2h', 'ru', 'messenger', $t$Через два часа отправление: {{sailingTitle}}, {{departure}}, причал {{berth}} ({{berthAddress}}). QR-коды билетов: {{orderLink}}$t$),
('reminder_2h', 'en', 'messenger', $t$Departure in two hours: {{sailingTitle}}, {{departure}}, pier {{berth}} ({{berthAddress}}). Ticket QR codes: {{orderLink}}$t$),
('reminder_2h', 'zh', 'messenger', $t$两小时后出发：{{sailingTitle}}，{{departure}}，码头 {{berth}}（{{berthAddress}}）。船票二维码：{{orderLink}}$t$),
('late_payment_refunded', 'ru', 'messenger', $t$Оплата по заказу {{orderNumber}} пришла после окончания брони, и места уже заняты. Мы вернули всю сумму — {{refundAmount}}. Просим прощения за неудобство.$t$),
('late_payment_refunded', 'en', 'messenger', $t$The payment for order {{orderNumber}} arrived after the booking had run out, and the seats were taken. We have refunded the full {{refundAmount}}. We apologise for the trouble.$t$),
('late_payment_refunded', 'zh', 'messenger', $t$订单 {{orderNumber}} 的付款在预订时限结束后才到账，座位已被占用。我们已全额退款 {{refundAmount}}。敬请谅解。$t$),
('support_update', 'ru', 'messenger', $t$Обращение {{caseNumber}}: {{message}}
Открыть: {{link}}$t$),
('support_update', 'en', 'messenger', $t$Request {{caseNumber}}: {{message}}
Open: {{link}}$t$),
('support_update', 'zh', 'messenger', $t$咨询 {{caseNumber}}：{{message}}
查看：{{link}}$t$);
