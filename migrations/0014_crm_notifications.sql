-- Messages the CRM sends: e-tickets or documents sent again on request, the payment link of an
-- order staff made for a customer, and the notice that the merchant cancelled a sailing.

ALTER TABLE notification_template DROP CONSTRAINT notification_template_type_check;
ALTER TABLE notification_template ADD CONSTRAINT notification_template_type_check
  CHECK (type IN ('email_verification', 'password_reset', 'order_confirmation', 'refund_confirmation', 'reminder_24h', 'reminder_2h',
                  'late_payment_refunded', 'support_update', 'order_tickets', 'order_documents', 'payment_link', 'sailing_cancelled'));

-- Default texts. {{cancellationRefund}} is a sentence the code writes in the reader's language
-- (a paid order is refunded in full; an unpaid one costs nothing). {{reason}} is what staff typed
-- when cancelling, in whatever language they typed it, so only the Russian texts show it.
INSERT INTO notification_template (type, locale, channel, subject, body_text, body_html) VALUES

('order_tickets', 'ru', 'email', 'Электронные билеты по заказу {{orderNumber}}: {{sailingTitle}}',
$t$Здравствуйте, {{customerName}}!

Отправляем ещё раз электронные билеты по заказу {{orderNumber}} — они во вложении.

{{sailingTitle}}
Маршрут: {{route}}
Отправление: {{departure}}
Причал: {{berth}}, {{berthAddress}}

Билеты:
{{tickets}}

Возврат: {{refundPolicy}}

Заказ и билеты на сайте: {{orderLink}}

Приходите на причал за 15 минут до отправления и покажите QR-код билета на экране или распечатанным.

Причал — прогулки по воде$t$,
$t$<p>Здравствуйте, {{customerName}}!</p>
<p>Отправляем ещё раз электронные билеты по заказу <strong>{{orderNumber}}</strong> — они во вложении.</p>
<p><strong>{{sailingTitle}}</strong><br>
Маршрут: {{route}}<br>
Отправление: <strong>{{departure}}</strong><br>
Причал: {{berth}}, {{berthAddress}}</p>
<p>Билеты:<br>{{tickets}}</p>
<p>Возврат: {{refundPolicy}}</p>
<p><a href="{{orderLink}}">Заказ и билеты на сайте</a></p>
<p>Приходите на причал за 15 минут до отправления и покажите QR-код билета на экране или распечатанным.</p>
<p>Причал — прогулки по воде</p>$t$),
('order_tickets', 'en', 'email', 'Your e-tickets for order {{orderNumber}}: {{sailingTitle}}',
$t$Hello {{customerName}},

Here are the e-tickets for order {{orderNumber}} once more; they are attached.

{{sailingTitle}}
Route: {{route}}
Departure: {{departure}}
Pier: {{berth}}, {{berthAddress}}

Tickets:
{{tickets}}

Refunds: {{refundPolicy}}

Your order and tickets online: {{orderLink}}

Please come to the pier 15 minutes before departure and show the ticket's QR code on your screen or printed.

Prichal — trips on the water$t$,
$t$<p>Hello {{customerName}},</p>
<p>Here are the e-tickets for order <strong>{{orderNumber}}</strong> once more; they are attached.</p>
<p><strong>{{sailingTitle}}</strong><br>
Route: {{route}}<br>
Departure: <strong>{{departure}}</strong><br>
Pier: {{berth}}, {{berthAddress}}</p>
<p>Tickets:<br>{{tickets}}</p>
<p>Refunds: {{refundPolicy}}</p>
<p><a href="{{orderLink}}">Your order and tickets online</a></p>
<p>Please come to the pier 15 minutes before departure and show the ticket's QR code on your screen or printed.</p>
<p>Prichal — trips on the water</p>$t$),
('order_tickets', 'zh', 'email', '订单 {{orderNumber}} 的电子票：{{sailingTitle}}',
$t${{customerName}}，您好！

我们再次为您发送订单 {{orderNumber}} 的电子票，请查看附件。

{{sailingTitle}}
航线：{{route}}
出发时间：{{departure}}
码头：{{berth}}，{{berthAddress}}

船票：
{{tickets}}

退票：{{refundPolicy}}

在线查看订单和船票：{{orderLink}}

请在出发前 15 分钟到达码头，并出示手机上或打印的船票二维码。

Prichal 水上游览$t$,
$t$<p>{{customerName}}，您好！</p>
<p>我们再次为您发送订单 <strong>{{orderNumber}}</strong> 的电子票，请查看附件。</p>
<p><strong>{{sailingTitle}}</strong><br>
航线：{{route}}<br>
出发时间：<strong>{{departure}}</strong><br>
码头：{{berth}}，{{berthAddress}}</p>
<p>船票：<br>{{tickets}}</p>
<p>退票：{{refundPolicy}}</p>
<p><a href="{{orderLink}}">在线查看订单和船票</a></p>
<p>请在出发前 15 分钟到达码头，并出示手机上或打印的船票二维码。</p>
<p>Prichal 水上游览</p>$t$),

('order_documents', 'ru', 'email', 'Документы по заказу {{orderNumber}}',
$t$Здравствуйте, {{customerName}}!

Отправляем документы по заказу {{orderNumber}}: счёт, акт и акты возврата, если возвраты были, — во вложении.

{{sailingTitle}}, {{departure}}
Сумма заказа: {{total}}

Заказ на сайте: {{orderLink}}

Причал — прогулки по воде$t$,
$t$<p>Здравствуйте, {{customerName}}!</p>
<p>Отправляем документы по заказу <strong>{{orderNumber}}</strong>: счёт, акт и акты возврата, если возвраты были, — во вложении.</p>
<p><strong>{{sailingTitle}}</strong>, {{departure}}<br>
Сумма заказа: <strong>{{total}}</strong></p>
<p><a href="{{orderLink}}">Заказ на сайте</a></p>
<p>Причал — прогулки по воде</p>$t$),
('order_documents', 'en', 'email', 'Documents for order {{orderNumber}}',
$t$Hello {{customerName}},

Here are the documents for order {{orderNumber}}: the invoice, the act and, if anything was refunded, the refund acts. They are attached.

{{sailingTitle}}, {{departure}}
Order total: {{total}}

Your order online: {{orderLink}}

Prichal — trips on the water$t$,
$t$<p>Hello {{customerName}},</p>
<p>Here are the documents for order <strong>{{orderNumber}}</strong>: the invoice, the act and, if anything was refunded, the refund acts. They are attached.</p>
<p><strong>{{sailingTitle}}</strong>, {{departure}}<br>
Order total: <strong>{{total}}</strong></p>
<p><a href="{{orderLink}}">Your order online</a></p>
<p>Prichal — trips on the water</p>$t$),
('order_documents', 'zh', 'email', '订单 {{orderNumber}} 的单据',
$t${{customerName}}，您好！

现发送订单 {{orderNumber}} 的单据：发票、服务验收单，以及（如有退款）退款单，请查看附件。

{{sailingTitle}}，{{departure}}
订单金额：{{total}}

在线查看订单：{{orderLink}}

Prichal 水上游览$t$,
$t$<p>{{customerName}}，您好！</p>
<p>现发送订单 <strong>{{orderNumber}}</strong> 的单据：发票、服务验收单，以及（如有退款）退款单，请查看附件。</p>
<p><strong>{{sailingTitle}}</strong>，{{departure}}<br>
订单金额：<strong>{{total}}</strong></p>
<p><a href="{{orderLink}}">在线查看订单</a></p>
<p>Prichal 水上游览</p>$t$),

('payment_link', 'ru', 'email', 'Оплата заказа {{orderNumber}}: {{sailingTitle}}',
$t$Здравствуйте, {{customerName}}!

Мы оформили для вас заказ {{orderNumber}}. Оплатите его по ссылке:
{{paymentLink}}

Оплатить нужно до {{paymentDeadline}}. До этого времени места закреплены за вами; если заказ не оплатить, бронь снимется и места вернутся в продажу.

{{sailingTitle}}
Маршрут: {{route}}
Отправление: {{departure}}
Причал: {{berth}}, {{berthAddress}}

Билеты:
{{tickets}}

К оплате: {{total}}

Возврат: {{refundPolicy}}

После оплаты пришлём электронные билеты и документы.

Причал — прогулки по воде$t$,
$t$<p>Здравствуйте, {{customerName}}!</p>
<p>Мы оформили для вас заказ <strong>{{orderNumber}}</strong>. Оплатите его по ссылке:</p>
<p><a href="{{paymentLink}}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px">Оплатить {{total}}</a></p>
<p>Если кнопка не работает, откройте ссылку: <a href="{{paymentLink}}">{{paymentLink}}</a></p>
<p>Оплатить нужно до <strong>{{paymentDeadline}}</strong>. До этого времени места закреплены за вами; если заказ не оплатить, бронь снимется и места вернутся в продажу.</p>
<p><strong>{{sailingTitle}}</strong><br>
Маршрут: {{route}}<br>
Отправление: <strong>{{departure}}</strong><br>
Причал: {{berth}}, {{berthAddress}}</p>
<p>Билеты:<br>{{tickets}}</p>
<p>Возврат: {{refundPolicy}}</p>
<p>После оплаты пришлём электронные билеты и документы.</p>
<p>Причал — прогулки по воде</p>$t$),
('payment_link', 'en', 'email', 'Payment for order {{orderNumber}}: {{sailingTitle}}',
$t$Hello {{customerName}},

We have made order {{orderNumber}} for you. Please pay for it here:
{{paymentLink}}

Please pay by {{paymentDeadline}}. Until then the seats are held for you; if the order is not paid by then, the booking lapses and the seats go back on sale.

{{sailingTitle}}
Route: {{route}}
Departure: {{departure}}
Pier: {{berth}}, {{berthAddress}}

Tickets:
{{tickets}}

To pay: {{total}}

Refunds: {{refundPolicy}}

Once you have paid, we send you the e-tickets and documents.

Prichal — trips on the water$t$,
$t$<p>Hello {{customerName}},</p>
<p>We have made order <strong>{{orderNumber}}</strong> for you. Please pay for it here:</p>
<p><a href="{{paymentLink}}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px">Pay {{total}}</a></p>
<p>If the button does not work, open this link: <a href="{{paymentLink}}">{{paymentLink}}</a></p>
<p>Please pay by <strong>{{paymentDeadline}}</strong>. Until then the seats are held for you; if the order is not paid by then, the booking lapses and the seats go back on sale.</p>
<p><strong>{{sailingTitle}}</strong><br>
Route: {{route}}<br>
Departure: <strong>{{departure}}</strong><br>
Pier: {{berth}}, {{berthAddress}}</p>
<p>Tickets:<br>{{tickets}}</p>
<p>Refunds: {{refundPolicy}}</p>
<p>Once you have paid, we send you the e-tickets and documents.</p>
<p>Prichal — trips on the water</p>$t$),
('payment_link', 'zh', 'email', '订单 {{orderNumber}} 付款：{{sailingTitle}}',
$t${{customerName}}，您好！

我们已为您创建订单 {{orderNumber}}。请通过以下链接付款：
{{paymentLink}}

请在 {{paymentDeadline}} 之前付款。在此之前座位为您保留；逾期未付款，预订将自动取消，座位重新开放销售。

{{sailingTitle}}
航线：{{route}}
出发时间：{{departure}}
码头：{{berth}}，{{berthAddress}}

船票：
{{tickets}}

应付金额：{{total}}

退票：{{refundPolicy}}

付款后，我们将向您发送电子票和相关单据。

Prichal 水上游览$t$,
$t$<p>{{customerName}}，您好！</p>
<p>我们已为您创建订单 <strong>{{orderNumber}}</strong>。请通过以下链接付款：</p>
<p><a href="{{paymentLink}}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px">支付 {{total}}</a></p>
<p>如果按钮无法使用，请打开此链接：<a href="{{paymentLink}}">{{paymentLink}}</a></p>
<p>请在 <strong>{{paymentDeadline}}</strong> 之前付款。在此之前座位为您保留；逾期未付款，预订将自动取消，座位重新开放销售。</p>
<p><strong>{{sailingTitle}}</strong><br>
航线：{{route}}<br>
出发时间：<strong>{{departure}}</strong><br>
码头：{{berth}}，{{berthAddress}}</p>
<p>船票：<br>{{tickets}}</p>
<p>退票：{{refundPolicy}}</p>
<p>付款后，我们将向您发送电子票和相关单据。</p>
<p>Prichal 水上游览</p>$t$),

('sailing_cancelled', 'ru', 'email', 'Рейс отменён: {{sailingTitle}}, {{departure}}',
$t$Здравствуйте, {{customerName}}!

К сожалению, рейс по вашему заказу {{orderNumber}} отменён, прогулки не будет.

{{sailingTitle}}
Маршрут: {{route}}
Отправление было назначено на {{departure}}
Причина: {{reason}}

Деньги: {{cancellationRefund}}

Билеты этого заказа больше не действуют.

Заказ на сайте: {{orderLink}}

Просим прощения. Будем рады видеть вас на другой прогулке.
Причал — прогулки по воде$t$,
$t$<p>Здравствуйте, {{customerName}}!</p>
<p>К сожалению, рейс по вашему заказу <strong>{{orderNumber}}</strong> отменён, прогулки не будет.</p>
<p><strong>{{sailingTitle}}</strong><br>
Маршрут: {{route}}<br>
Отправление было назначено на {{departure}}<br>
Причина: {{reason}}</p>
<p>Деньги: <strong>{{cancellationRefund}}</strong></p>
<p>Билеты этого заказа больше не действуют.</p>
<p><a href="{{orderLink}}">Заказ на сайте</a></p>
<p>Просим прощения. Будем рады видеть вас на другой прогулке.<br>Причал — прогулки по воде</p>$t$),
('sailing_cancelled', 'en', 'email', 'Sailing cancelled: {{sailingTitle}}, {{departure}}',
$t$Hello {{customerName}},

We are sorry: the sailing of your order {{orderNumber}} is cancelled and will not take place.

{{sailingTitle}}
Route: {{route}}
It was to depart on {{departure}}

Your money: {{cancellationRefund}}

The tickets of this order are no longer valid.

Your order online: {{orderLink}}

We apologise, and hope to welcome you on another trip.
Prichal — trips on the water$t$,
$t$<p>Hello {{customerName}},</p>
<p>We are sorry: the sailing of your order <strong>{{orderNumber}}</strong> is cancelled and will not take place.</p>
<p><strong>{{sailingTitle}}</strong><br>
Route: {{route}}<br>
It was to depart on {{departure}}</p>
<p>Your money: <strong>{{cancellationRefund}}</strong></p>
<p>The tickets of this order are no longer valid.</p>
<p><a href="{{orderLink}}">Your order online</a></p>
<p>We apologise, and hope to welcome you on another trip.<br>Prichal — trips on the water</p>$t$),
('sailing_cancelled', 'zh', 'email', '航班已取消：{{sailingTitle}}，{{departure}}',
$t${{customerName}}，您好！

很抱歉：您的订单 {{orderNumber}} 所订的航班已取消，本次游览不再进行。

{{sailingTitle}}
航线：{{route}}
原定出发时间：{{departure}}

退款：{{cancellationRefund}}

该订单的船票已失效。

在线查看订单：{{orderLink}}

敬请谅解，期待您参加其他游览。
Prichal 水上游览$t$,
$t$<p>{{customerName}}，您好！</p>
<p>很抱歉：您的订单 <strong>{{orderNumber}}</strong> 所订的航班已取消，本次游览不再进行。</p>
<p><strong>{{sailingTitle}}</strong><br>
航线：{{route}}<br>
原定出发时间：{{departure}}</p>
<p>退款：<strong>{{cancellationRefund}}</strong></p>
<p>该订单的船票已失效。</p>
<p><a href="{{orderLink}}">在线查看订单</a></p>
<p>敬请谅解，期待您参加其他游览。<br>Prichal 水上游览</p>$t$);

INSERT INTO notification_template (type, locale, channel, body_text) VALUES
('order_tickets', 'ru', 'messenger', $t$Электронные билеты по заказу {{orderNumber}} ({{sailingTitle}}, {{departure}}) отправили на почту ещё раз. Билеты на сайте: {{orderLink}}$t$),
('order_tickets', 'en', 'messenger', $t$We have emailed the e-tickets for order {{orderNumber}} ({{sailingTitle}}, {{departure}}) once more. Your tickets online: {{orderLink}}$t$),
('order_tickets', 'zh', 'messenger', $t$订单 {{orderNumber}}（{{sailingTitle}}，{{departure}}）的电子票已再次发送至您的邮箱。在线查看船票：{{orderLink}}$t$),
('order_documents', 'ru', 'messenger', $t$Документы по заказу {{orderNumber}} (счёт, акт и акты возврата) отправили на почту. Заказ: {{orderLink}}$t$),
('order_documents', 'en', 'messenger', $t$We have emailed the documents for order {{orderNumber}} (invoice, act and any refund acts). Your order: {{orderLink}}$t$),
('order_documents', 'zh', 'messenger', $t$订单 {{orderNumber}} 的单据（发票、服务验收单及退款单）已发送至您的邮箱。订单：{{orderLink}}$t$),
('payment_link', 'ru', 'messenger', $t$Заказ {{orderNumber}}: {{sailingTitle}}, {{departure}}. К оплате {{total}}. Оплатите до {{paymentDeadline}}: {{paymentLink}}$t$),
('payment_link', 'en', 'messenger', $t$Order {{orderNumber}}: {{sailingTitle}}, {{departure}}. To pay: {{total}}. Please pay by {{paymentDeadline}}: {{paymentLink}}$t$),
('payment_link', 'zh', 'messenger', $t$订单 {{orderNumber}}：{{sailingTitle}}，{{departure}}。应付金额 {{total}}。请在 {{paymentDeadline}} 之前付款：{{paymentLink}}$t$),
('sailing_cancelled', 'ru', 'messenger', $t$Рейс отменён: {{sailingTitle}}, {{departure}} (заказ {{orderNumber}}). Причина: {{reason}}. Деньги: {{cancellationRefund}} Заказ: {{orderLink}}$t$),
('sailing_cancelled', 'en', 'messenger', $t$Sailing cancelled: {{sailingTitle}}, {{departure}} (order {{orderNumber}}). Your money: {{cancellationRefund}} Your order: {{orderLink}}$t$),
('sailing_cancelled', 'zh', 'messenger', $t$航班已取消：{{sailingTitle}}，{{departure}}（订单 {{orderNumber}}）。退款：{{cancellationRefund}} 订单：{{orderLink}}$t$);
