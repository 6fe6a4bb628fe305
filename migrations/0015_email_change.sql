-- Changing the account's email address: a single-use link goes to the new address and only
-- its click switches the account over; the old address is told at once, so its owner can act
-- (changing the password cancels the change) if it was not them.

ALTER TABLE customer_token DROP CONSTRAINT customer_token_purpose_check;
ALTER TABLE customer_token ADD CONSTRAINT customer_token_purpose_check
  CHECK (purpose IN ('email_verification', 'password_reset', 'email_change'));
-- The address an email-change link moves the account to; only those links carry one.
ALTER TABLE customer_token ADD COLUMN new_email text CHECK (new_email = lower(new_email) AND length(new_email) BETWEEN 3 AND 254);
ALTER TABLE customer_token ADD CONSTRAINT customer_token_new_email_only_for_change CHECK ((purpose = 'email_change') = (new_email IS NOT NULL));

ALTER TABLE notification_template DROP CONSTRAINT notification_template_type_check;
ALTER TABLE notification_template ADD CONSTRAINT notification_template_type_check
  CHECK (type IN ('email_verification', 'password_reset', 'order_confirmation', 'refund_confirmation', 'reminder_24h', 'reminder_2h',
                  'late_payment_refunded', 'support_update', 'order_tickets', 'order_documents', 'payment_link', 'sailing_cancelled',
                  'email_change', 'email_change_notice'));

-- {{email}} is the new address in both; the notice goes to the old one.
INSERT INTO notification_template (type, locale, channel, subject, body_text, body_html) VALUES

('email_change', 'ru', 'email', 'Подтвердите новый адрес электронной почты',
$t$Здравствуйте!

В личном кабинете «Причала» попросили сменить адрес электронной почты на {{email}}. Чтобы подтвердить его, откройте ссылку:
{{link}}

Пока ссылка не открыта, вход и письма остаются на прежнем адресе. Ссылка действует ограниченное время и только один раз. Если вы ничего не меняли, просто не обращайте внимания на это письмо.

Причал — прогулки по воде$t$,
$t$<p>Здравствуйте!</p>
<p>В личном кабинете «Причала» попросили сменить адрес электронной почты на {{email}}. Чтобы подтвердить его, нажмите кнопку:</p>
<p><a href="{{link}}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px">Подтвердить новый адрес</a></p>
<p>Если кнопка не работает, откройте ссылку: <a href="{{link}}">{{link}}</a></p>
<p>Пока ссылка не открыта, вход и письма остаются на прежнем адресе. Ссылка действует ограниченное время и только один раз. Если вы ничего не меняли, просто не обращайте внимания на это письмо.</p>
<p>Причал — прогулки по воде</p>$t$),
('email_change', 'en', 'email', 'Confirm your new email address',
$t$Hello,

Someone asked to change the email address of a Prichal account to {{email}}. To confirm it, open this link:
{{link}}

Until the link is opened, sign-in and mail stay with the old address. The link works once and only for a limited time. If you did not ask for this, please ignore this email.

Prichal — trips on the water$t$,
$t$<p>Hello,</p>
<p>Someone asked to change the email address of a Prichal account to {{email}}. To confirm it, press the button:</p>
<p><a href="{{link}}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px">Confirm my new email</a></p>
<p>If the button does not work, open this link: <a href="{{link}}">{{link}}</a></p>
<p>Until the link is opened, sign-in and mail stay with the old address. The link works once and only for a limited time. If you did not ask for this, please ignore this email.</p>
<p>Prichal — trips on the water</p>$t$),
('email_change', 'zh', 'email', '请确认您的新电子邮箱',
$t$您好！

有人申请将 Prichal 账户的电子邮箱更改为 {{email}}。请打开以下链接确认：
{{link}}

在打开链接之前，登录和邮件仍使用原邮箱。该链接仅可使用一次，且有效期有限。如果这不是您本人的操作，请忽略此邮件。

Prichal 水上游览$t$,
$t$<p>您好！</p>
<p>有人申请将 Prichal 账户的电子邮箱更改为 {{email}}。请点击下方按钮确认：</p>
<p><a href="{{link}}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px">确认新邮箱</a></p>
<p>如果按钮无法使用，请打开此链接：<a href="{{link}}">{{link}}</a></p>
<p>在打开链接之前，登录和邮件仍使用原邮箱。该链接仅可使用一次，且有效期有限。如果这不是您本人的操作，请忽略此邮件。</p>
<p>Prichal 水上游览</p>$t$),

('email_change_notice', 'ru', 'email', 'Запрошена смена адреса электронной почты',
$t$Здравствуйте!

В вашем личном кабинете «Причала» попросили сменить адрес электронной почты на {{email}}. Адрес сменится, когда по ссылке из письма на новый адрес перейдут.

Если это были не вы, смените пароль в личном кабинете или восстановите его по этому адресу — смена адреса отменится, а все входы в кабинет завершатся.

Причал — прогулки по воде$t$,
$t$<p>Здравствуйте!</p>
<p>В вашем личном кабинете «Причала» попросили сменить адрес электронной почты на <strong>{{email}}</strong>. Адрес сменится, когда по ссылке из письма на новый адрес перейдут.</p>
<p>Если это были не вы, смените пароль в личном кабинете или восстановите его по этому адресу — смена адреса отменится, а все входы в кабинет завершатся.</p>
<p>Причал — прогулки по воде</p>$t$),
('email_change_notice', 'en', 'email', 'A change of your email address was requested',
$t$Hello,

Someone asked to change the email address of your Prichal account to {{email}}. It changes once the link emailed to the new address is opened.

If this was not you, change your password in your account or reset it with this address: the change is then cancelled and every sign-in to the account ends.

Prichal — trips on the water$t$,
$t$<p>Hello,</p>
<p>Someone asked to change the email address of your Prichal account to <strong>{{email}}</strong>. It changes once the link emailed to the new address is opened.</p>
<p>If this was not you, change your password in your account or reset it with this address: the change is then cancelled and every sign-in to the account ends.</p>
<p>Prichal — trips on the water</p>$t$),
('email_change_notice', 'zh', 'email', '有人申请更改您的电子邮箱',
$t$您好！

有人申请将您的 Prichal 账户邮箱更改为 {{email}}。新邮箱收到的链接被打开后，更改才会生效。

如果这不是您本人的操作，请在账户中修改密码，或通过本邮箱重置密码：更改将被取消，账户的所有登录也将结束。

Prichal 水上游览$t$,
$t$<p>您好！</p>
<p>有人申请将您的 Prichal 账户邮箱更改为 <strong>{{email}}</strong>。新邮箱收到的链接被打开后，更改才会生效。</p>
<p>如果这不是您本人的操作，请在账户中修改密码，或通过本邮箱重置密码：更改将被取消，账户的所有登录也将结束。</p>
<p>Prichal 水上游览</p>$t$);

INSERT INTO notification_template (type, locale, channel, body_text) VALUES
('email_change', 'ru', 'messenger', $t$Причал: чтобы подтвердить новый адрес {{email}}, откройте ссылку {{link}}$t$),
('email_change', 'en', 'messenger', $t$Prichal: to confirm your new address {{email}}, open {{link}}$t$),
('email_change', 'zh', 'messenger', $t$Prichal：请打开 {{link}} 确认新邮箱 {{email}}$t$),
('email_change_notice', 'ru', 'messenger', $t$Причал: в вашем кабинете попросили сменить адрес почты на {{email}}. Если это были не вы, смените пароль — смена адреса отменится.$t$),
('email_change_notice', 'en', 'messenger', $t$Prichal: someone asked to change your account's email to {{email}}. If this was not you, change your password and the change is cancelled.$t$),
('email_change_notice', 'zh', 'messenger', $t$Prichal：有人申请将您的账户邮箱更改为 {{email}}。如果这不是您本人的操作，请修改密码，更改将被取消。$t$);
