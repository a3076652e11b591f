<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Bounds</name>
    <message>
        <source>…[cut]</source>
        <translation>…[обрезано]</translation>
    </message>
</context>
<context>
    <name>CanonicalSchema</name>
    <message>
        <source>Customer ID</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>Канал привлечения</translation>
    </message>
    <message>
        <source>Accepts marketing e-mail</source>
        <translation>Согласие на рекламные письма</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Сумма заказа</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Число товаров</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Статус заказа</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>Промокод</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Канал продаж</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Название товара</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>ID сессии</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Время события</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation>Источник трафика</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Оценка (1–5)</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS (0–10)</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Признак</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>suggested</source>
        <translation>предложено</translation>
    </message>
    <message>
        <source>Archetype: %1</source>
        <translation>Архетип: %1</translation>
    </message>
    <message>
        <source>of people</source>
        <translation>доля людей</translation>
    </message>
    <message>
        <source>of revenue</source>
        <translation>доля выручки</translation>
    </message>
    <message>
        <source>people</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>average order value</source>
        <translation>средний чек</translation>
    </message>
    <message>
        <source>orders per person</source>
        <translation>заказов на человека</translation>
    </message>
    <message>
        <source>orders with a discount</source>
        <translation>заказов со скидкой</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Путь клиента</translation>
    </message>
    <message>
        <source>data period %1</source>
        <translation>период данных: %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>проект %1</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Мотивация</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Болевые точки</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Что раздражает</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>Buyer personas</source>
        <translation>Персоны покупателей</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Персон: %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Людей: %1</translation>
    </message>
    <message>
        <source>%1 of people, %2 of revenue</source>
        <translation>%1 людей, %2 выручки</translation>
    </message>
    <message>
        <source>from data</source>
        <translation>из данных</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>допущение</translation>
    </message>
    <message>
        <source>research</source>
        <translation>исследование</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Демографические данные</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Черты характера</translation>
    </message>
    <message>
        <source>Price or quality</source>
        <translation>Цена или качество</translation>
    </message>
    <message>
        <source>Planner or impulsive</source>
        <translation>Планирует или импульсивен</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Интересы</translation>
    </message>
    <message>
        <source>Buying behaviour</source>
        <translation>Покупательское поведение</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Buying committee</source>
        <translation>Закупочная группа</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Критерии выбора</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Возражения</translation>
    </message>
    <message>
        <source>Early adopter or risk-averse</source>
        <translation>Новатор или консерватор</translation>
    </message>
    <message>
        <source>Price-driven</source>
        <translation>Важна цена</translation>
    </message>
    <message>
        <source>Quality-driven</source>
        <translation>Важно качество</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Планирует</translation>
    </message>
    <message>
        <source>Impulsive</source>
        <translation>Импульсивен</translation>
    </message>
    <message>
        <source>Early adopter</source>
        <translation>Новатор</translation>
    </message>
    <message>
        <source>Risk-averse</source>
        <translation>Консерватор</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>выручка</translation>
    </message>
    <message>
        <source>days since the last order</source>
        <translation>дней с последнего заказа</translation>
    </message>
    <message>
        <source>carts abandoned</source>
        <translation>брошенных корзин</translation>
    </message>
    <message>
        <source>archetype fit</source>
        <translation>соответствие архетипу</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 человек</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>менее %1</translation>
    </message>
    <message>
        <source>channel mix</source>
        <translation>структура каналов</translation>
    </message>
    <message>
        <source>top categories</source>
        <translation>основные категории</translation>
    </message>
    <message>
        <source>%1 people segmented</source>
        <translation>сегментировано людей: %1</translation>
    </message>
    <message>
        <source>personas from earlier data</source>
        <translation>персоны по прежним данным</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>недопустимо</translation>
    </message>
</context>
<context>
    <name>CardFunnel</name>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>▲ %1 more</source>
        <translation>▲ на %1 больше</translation>
    </message>
    <message>
        <source>▼ %1 lost</source>
        <translation>▼ потеряно %1</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Accessories</source>
        <translation>Аксессуары</translation>
    </message>
    <message>
        <source>Apparel</source>
        <translation>Одежда</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>Красота</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Книги</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Одежда</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>Электроника</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>Footwear</source>
        <translation>Обувь</translation>
    </message>
    <message>
        <source>Garden</source>
        <translation>Сад</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Дом</translation>
    </message>
    <message>
        <source>Jewelry</source>
        <translation>Украшения</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>Детям</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Обувь</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Спорт</translation>
    </message>
    <message>
        <source>Toys</source>
        <translation>Игрушки</translation>
    </message>
</context>
<context>
    <name>ChangePage</name>
    <message>
        <source>Left out, as chosen.</source>
        <translation>Не включено, как выбрано.</translation>
    </message>
    <message>
        <source>The project has no segmentation run yet.</source>
        <translation>В проекте ещё нет запуска сегментации.</translation>
    </message>
    <message>
        <source>No deck of this project was exported or presented before; the next deck will show what changed since this one.</source>
        <translation>Презентацию этого проекта ещё не экспортировали и не показывали; следующая покажет, что изменилось с этой.</translation>
    </message>
    <message>
        <source>The personas are still those of the last workshop&apos;s deck (run %1).</source>
        <translation>Персоны всё те же, что в презентации прошлого воркшопа (запуск %1).</translation>
    </message>
    <message>
        <source>The run of the last workshop&apos;s deck (run %1) is no longer in the project.</source>
        <translation>Запуска презентации прошлого воркшопа (запуск %1) больше нет в проекте.</translation>
    </message>
    <message>
        <source>The last workshop&apos;s deck (run %1) is of a later run than this deck&apos;s.</source>
        <translation>Презентация прошлого воркшопа (запуск %1) сделана по более позднему запуску, чем эта.</translation>
    </message>
    <message>
        <source>Run %1 is the deck&apos;s own run: there is nothing to compare.</source>
        <translation>Запуск %1 — это запуск самой презентации: сравнивать не с чем.</translation>
    </message>
    <message>
        <source>Run %1 is later than the deck&apos;s run %2: choose an earlier run.</source>
        <translation>Запуск %1 позже запуска презентации %2: выберите более ранний запуск.</translation>
    </message>
    <message>
        <source>Run %1 kept no record of its personas.</source>
        <translation>Запуск %1 не сохранил сведений о своих персонах.</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>A change of a share in percentage points, e.g. &quot;+2.5 pp&quot;</extracomment>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>new persona</source>
        <translation>новая персона</translation>
    </message>
    <message>
        <source>no longer a persona</source>
        <translation>больше не персона</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>была «%1»</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>было %1</translation>
    </message>
    <message>
        <source>Each figure now, its change and then. Segments and flows of fewer than %1 people show no exact figures.</source>
        <translation>В каждой ячейке: значение сейчас, изменение и значение тогда. Для сегментов и переходов менее %1 человек точные цифры не показываются.</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Тогда: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>What changed since the last workshop</source>
        <translation>Что изменилось с прошлого воркшопа</translation>
    </message>
    <message>
        <source>What changed since %1</source>
        <translation>Что изменилось с %1</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Запуск %1 · %2</translation>
    </message>
    <message>
        <source>%1 people then, %2 now</source>
        <translation>людей: %1 тогда, %2 сейчас</translation>
    </message>
    <message>
        <source>%1 people stayed with their persona.</source>
        <translation>Остались в своей персоне: %1 чел.</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3.</source>
        <translation>%1 чел. перешли из «%2» в «%3».</translation>
    </message>
    <message>
        <source>Nobody moved from one persona to another.</source>
        <translation>Никто не перешёл из одной персоны в другую.</translation>
    </message>
    <message>
        <source>%1 came into the store, %2 left it.</source>
        <translation>Пришли в магазин: %1, ушли: %2.</translation>
    </message>
    <message>
        <source>No people in either run</source>
        <translation>Ни в одном из запусков нет людей</translation>
    </message>
    <message>
        <source>came into the store</source>
        <translation>пришли в магазин</translation>
    </message>
    <message>
        <source>left the store</source>
        <translation>ушли из магазина</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Web</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Мобильное приложение</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Офлайн-магазин</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Маркетплейс</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Смартфон</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Планшет</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Прямые заходы</translation>
    </message>
    <message>
        <source>Organic search</source>
        <translation>Органический поиск</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>Поисковая реклама</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Переходы по ссылкам</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The project file (NAME.personas).</source>
        <translation>Файл проекта (ИМЯ.personas).</translation>
    </message>
    <message>
        <source>--project FILE is required</source>
        <translation>необходимо указать --project ФАЙЛ</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>не удаётся записать файл: %1</translation>
    </message>
    <message>
        <source>Language of names and labels: en, he or ru.</source>
        <translation>Язык названий и подписей: en, he или ru.</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (en, he or ru)</source>
        <translation>неизвестный язык «%1» (допустимы en, he или ru)</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>Начальное значение генератора случайных чисел (по умолчанию 42).</translation>
    </message>
    <message>
        <source>k-means restarts (default 10).</source>
        <translation>Число перезапусков k-means (по умолчанию 10).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести результат в формате JSON.</translation>
    </message>
    <message>
        <source>Propose personas by clustering everyone in the project.</source>
        <translation>Предложить персоны путём кластеризации всех людей в проекте.</translation>
    </message>
    <message>
        <source>--k takes auto or a number from 2 to 12, not &apos;%1&apos;</source>
        <translation>--k принимает значение auto или число от 2 до 12, а не «%1»</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed принимает целое число</translation>
    </message>
    <message>
        <source>--restarts takes a number of at least 1</source>
        <translation>--restarts принимает число не меньше 1</translation>
    </message>
    <message>
        <source>%1 personas from %2 people (silhouette %3)</source>
        <translation>персон: %1, людей: %2 (коэффициент силуэта %3)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>чел.</translation>
    </message>
    <message>
        <source>List the project&apos;s personas.</source>
        <translation>Вывести список персон проекта.</translation>
    </message>
    <message>
        <source>of revenue</source>
        <translation>выручки</translation>
    </message>
    <message>
        <source>Journey funnels for everyone and per persona.</source>
        <translation>Воронки пути клиента — для всех и по каждой персоне.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Write the PDF deck to this file.</source>
        <translation>Записать презентацию PDF в этот файл.</translation>
    </message>
    <message>
        <source>Write one PNG per persona card into this folder.</source>
        <translation>Записать в эту папку по одному файлу PNG на каждую карточку персоны.</translation>
    </message>
    <message>
        <source>Width of each PNG in pixels (default 1920).</source>
        <translation>Ширина каждого PNG в пикселях (по умолчанию 1920).</translation>
    </message>
    <message>
        <source>Export the persona cards.</source>
        <translation>Экспортировать карточки персон.</translation>
    </message>
    <message>
        <source>--png-width takes a number of pixels from 200 to 10000</source>
        <translation>--png-width принимает число пикселей от 200 до 10000</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>прогресс</translation>
    </message>
    <message>
        <source>Create a project from the bundled demo store, clustered.</source>
        <translation>Создать проект на основе встроенного демо-магазина, с уже выполненной кластеризацией.</translation>
    </message>
    <message>
        <source>%1 exists already; the demo is only written into a new project</source>
        <translation>%1 уже существует; демо-данные записываются только в новый проект</translation>
    </message>
    <message>
        <source>skip (default): import the good rows and report the bad ones; abort: the first bad row fails the whole import.</source>
        <translation>skip (по умолчанию): импортировать корректные строки и сообщить об ошибочных; abort: первая же ошибочная строка прерывает весь импорт.</translation>
    </message>
    <message>
        <source>Print progress on standard error.</source>
        <translation>Выводить ход выполнения в стандартный поток ошибок.</translation>
    </message>
    <message>
        <source>Write every bad row (file, line, column, reason) to this CSV.</source>
        <translation>Записать все ошибочные строки (файл, строка, столбец, причина) в этот CSV-файл.</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>Файлы для импорта.</translation>
    </message>
    <message>
        <source>Import files into a project (created if missing).</source>
        <translation>Импортировать файлы в проект (если проекта нет, он будет создан).</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>нет файлов для импорта</translation>
    </message>
    <message>
        <source>--on-error takes skip or abort, not &apos;%1&apos;</source>
        <translation>--on-error принимает значение skip или abort, а не «%1»</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>... and %1 more bad rows</source>
        <translation>... и ещё ошибочных строк: %1</translation>
    </message>
    <message>
        <source>imported %1 rows (%2), rejected %3, in %4 s</source>
        <translation>импортировано строк: %1 (%2), отклонено: %3, за %4 с</translation>
    </message>
    <message>
        <source>What the project holds.</source>
        <translation>Что содержится в проекте.</translation>
    </message>
    <message>
        <source>people:     %1</source>
        <translation>люди:       %1</translation>
    </message>
    <message>
        <source>customers:  %1</source>
        <translation>клиенты:    %1</translation>
    </message>
    <message>
        <source>buyers:     %1</source>
        <translation>покупатели: %1</translation>
    </message>
    <message>
        <source>orders:     %1</source>
        <translation>заказы:     %1</translation>
    </message>
    <message>
        <source>events:     %1</source>
        <translation>события:    %1</translation>
    </message>
    <message>
        <source>reviews:    %1</source>
        <translation>отзывы:     %1</translation>
    </message>
    <message>
        <source>revenue:    %1</source>
        <translation>выручка:    %1</translation>
    </message>
    <message>
        <source>period:     %1 – %2</source>
        <translation>период:     %1 – %2</translation>
    </message>
    <message>
        <source>personas:   %1</source>
        <translation>персоны:    %1</translation>
    </message>
    <message>
        <source>imports:    %1</source>
        <translation>импорты:    %1</translation>
    </message>
    <message>
        <source>Write the table to this CSV file.</source>
        <translation>Записать таблицу в этот CSV-файл.</translation>
    </message>
    <message>
        <source>--csv OUT is required</source>
        <translation>необходимо указать --csv OUT</translation>
    </message>
    <message>
        <source>Write customer_id,persona (the persona&apos;s id) for every person of the latest segmentation run.</source>
        <translation>Записать customer_id,persona (идентификатор персоны) для каждого человека из последнего запуска сегментации.</translation>
    </message>
    <message>
        <source>create a project from the bundled demo store, clustered</source>
        <translation>создать проект на основе встроенного демо-магазина, с кластеризацией</translation>
    </message>
    <message>
        <source>import data files into a project</source>
        <translation>импортировать файлы данных в проект</translation>
    </message>
    <message>
        <source>propose personas by clustering everyone</source>
        <translation>предложить персоны путём кластеризации всех людей</translation>
    </message>
    <message>
        <source>what the project holds</source>
        <translation>что содержится в проекте</translation>
    </message>
    <message>
        <source>list the personas</source>
        <translation>вывести список персон</translation>
    </message>
    <message>
        <source>write customer_id,persona per person</source>
        <translation>записать customer_id,persona для каждого человека</translation>
    </message>
    <message>
        <source>write the feature matrix as clustered</source>
        <translation>записать матрицу признаков в том виде, в каком она кластеризовалась</translation>
    </message>
    <message>
        <source>journey funnels for everyone and per persona</source>
        <translation>воронки пути клиента — для всех и по каждой персоне</translation>
    </message>
    <message>
        <source>Usage: persona-cli COMMAND --project FILE [options]</source>
        <translation>Использование: persona-cli КОМАНДА --project ФАЙЛ [параметры]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run &apos;persona-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Параметры команды: persona-cli КОМАНДА --help</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (run persona-cli --help)</source>
        <translation>неизвестная команда «%1» (см. persona-cli --help)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a persona id (see persona-cli personas)</source>
        <translation>«%1» не является идентификатором персоны (см. persona-cli personas)</translation>
    </message>
    <message>
        <source>Smallest k tried by --k auto (2 to 8, default 3).</source>
        <translation>Наименьшее k, которое проверяется при --k auto (от 2 до 8, по умолчанию 3).</translation>
    </message>
    <message>
        <source>Largest k tried by --k auto (2 to 8, default 4).</source>
        <translation>Наибольшее k, которое проверяется при --k auto (от 2 до 8, по умолчанию 4).</translation>
    </message>
    <message>
        <source>Comma-separated features to cluster on (the others are switched off); saved in the project.</source>
        <translation>Признаки для кластеризации через запятую (остальные отключаются); сохраняется в проекте.</translation>
    </message>
    <message>
        <source>A feature&apos;s weight, e.g. monetary=2 (repeatable); saved in the project.</source>
        <translation>Вес признака, например monetary=2 (можно указать несколько раз); сохраняется в проекте.</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Число рабочих потоков (по умолчанию — по одному на ядро).</translation>
    </message>
    <message>
        <source>Bootstrap re-runs per k for the stability score (default 3).</source>
        <translation>Число бутстреп-перезапусков для каждого k при оценке стабильности (по умолчанию 3).</translation>
    </message>
    <message>
        <source>--k-min and --k-max take numbers from 2 to 8, the first not above the second</source>
        <translation>--k-min и --k-max принимают числа от 2 до 8, причём первое не должно превышать второе</translation>
    </message>
    <message>
        <source>--threads takes a whole number</source>
        <translation>--threads принимает целое число</translation>
    </message>
    <message>
        <source>--stability-runs takes a whole number</source>
        <translation>--stability-runs принимает целое число</translation>
    </message>
    <message>
        <source>unknown feature &apos;%1&apos; (known: %2)</source>
        <translation>неизвестный признак «%1» (допустимые: %2)</translation>
    </message>
    <message>
        <source>--weight takes KEY=NUMBER, not &apos;%1&apos;</source>
        <translation>--weight принимает значение КЛЮЧ=ЧИСЛО, а не «%1»</translation>
    </message>
    <message>
        <source>Show this run only.</source>
        <translation>Показать только этот запуск.</translation>
    </message>
    <message>
        <source>List the project&apos;s segmentation runs, newest first.</source>
        <translation>Вывести список запусков сегментации проекта, начиная с самого нового.</translation>
    </message>
    <message>
        <source>run %1  %2  k=%3  %4 people  silhouette %5  stability %6</source>
        <translation>запуск %1  %2  k=%3  людей: %4  силуэт %5  стабильность %6</translation>
    </message>
    <message>
        <source>The persona that stays.</source>
        <translation>Персона, которая остаётся.</translation>
    </message>
    <message>
        <source>The persona merged into it.</source>
        <translation>Персона, которая присоединяется к ней.</translation>
    </message>
    <message>
        <source>Merge one persona&apos;s segment into another&apos;s.</source>
        <translation>Объединить сегмент одной персоны с сегментом другой.</translation>
    </message>
    <message>
        <source>merge takes two persona ids</source>
        <translation>merge принимает два идентификатора персон</translation>
    </message>
    <message>
        <source>The persona to split.</source>
        <translation>Персона, которую нужно разделить.</translation>
    </message>
    <message>
        <source>Split a persona&apos;s segment in two.</source>
        <translation>Разделить сегмент персоны на два.</translation>
    </message>
    <message>
        <source>split takes one persona id</source>
        <translation>split принимает один идентификатор персоны</translation>
    </message>
    <message>
        <source>The persona to lock.</source>
        <translation>Персона, которую нужно закрепить.</translation>
    </message>
    <message>
        <source>Unlock it instead.</source>
        <translation>Вместо этого снять закрепление.</translation>
    </message>
    <message>
        <source>Lock a persona so that refreshes keep it.</source>
        <translation>Закрепить персону, чтобы она сохранялась при обновлениях.</translation>
    </message>
    <message>
        <source>lock takes one persona id</source>
        <translation>lock принимает один идентификатор персоны</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>to next:</source>
        <translation>к следующему:</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>Write the customer ids of the people at this stage (with --csv).</source>
        <translation>Записать customer_id людей на этом этапе (вместе с --csv).</translation>
    </message>
    <message>
        <source>With --people: only this persona&apos;s people (its id).</source>
        <translation>Вместе с --people: только люди этой персоны (укажите её идентификатор).</translation>
    </message>
    <message>
        <source>With --people: the CSV file to write.</source>
        <translation>Вместе с --people: CSV-файл для записи.</translation>
    </message>
    <message>
        <source>Print the project&apos;s stage rules as JSON.</source>
        <translation>Вывести правила этапов проекта в формате JSON.</translation>
    </message>
    <message>
        <source>Store the stage rules of this JSON file in the project.</source>
        <translation>Сохранить в проекте правила этапов из этого JSON-файла.</translation>
    </message>
    <message>
        <source>Go back to the default stage rules.</source>
        <translation>Вернуться к правилам этапов по умолчанию.</translation>
    </message>
    <message>
        <source>--people and --csv go together</source>
        <translation>--people и --csv указываются только вместе</translation>
    </message>
    <message>
        <source>--persona needs a persona id</source>
        <translation>для --persona нужен идентификатор персоны</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Number of personas, or auto (chosen between --k-min and --k-max by silhouette and stability).</source>
        <translation>Число персон или auto (выбор между --k-min и --k-max по коэффициенту силуэта и стабильности).</translation>
    </message>
    <message>
        <source>The text encoding of files without a byte order mark (e.g. windows-1255); detected when not given.</source>
        <translation>Кодировка текста для файлов без метки порядка байтов (например, windows-1255); если не указана, определяется автоматически.</translation>
    </message>
    <message>
        <source>How to read dates like 03/04/2024: auto (default, decided from the whole column), dmy or mdy.</source>
        <translation>Как читать даты вида 03/04/2024: auto (по умолчанию, решение принимается по всему столбцу), dmy или mdy.</translation>
    </message>
    <message>
        <source>--date-order takes auto, dmy or mdy, not &apos;%1&apos;</source>
        <translation>--date-order принимает значение auto, dmy или mdy, а не «%1»</translation>
    </message>
    <message>
        <source>%1 anonymous rows (no customer) were not imported</source>
        <translation>анонимные строки (без клиента) не импортированы: %1</translation>
    </message>
    <message>
        <source>list the segmentation runs, or show one</source>
        <translation>вывести список запусков сегментации или показать один из них</translation>
    </message>
    <message>
        <source>merge one persona&apos;s segment into another&apos;s</source>
        <translation>объединить сегмент одной персоны с сегментом другой</translation>
    </message>
    <message>
        <source>split a persona&apos;s segment in two</source>
        <translation>разделить сегмент персоны на два</translation>
    </message>
    <message>
        <source>lock a persona so that refreshes keep it (or --unlock)</source>
        <translation>закрепить персону, чтобы она сохранялась при обновлениях (или --unlock)</translation>
    </message>
    <message>
        <source>Paper of the PDF: a4 or letter (default a4).</source>
        <translation>Формат бумаги для PDF: a4 или letter (по умолчанию a4).</translation>
    </message>
    <message>
        <source>landscape (a page per sheet, default) or portrait (two pages per sheet).</source>
        <translation>landscape — альбомная ориентация (одна страница на листе, по умолчанию) или portrait — книжная (две страницы на листе).</translation>
    </message>
    <message>
        <source>Segments with fewer people show no exact figures (default 10).</source>
        <translation>Для сегментов, в которых меньше людей, точные показатели не выводятся (по умолчанию 10).</translation>
    </message>
    <message>
        <source>Write the persona summaries as JSON to this file.</source>
        <translation>Записать сводки по персонам в этот файл в формате JSON.</translation>
    </message>
    <message>
        <source>Write the persona summaries as CSV to this file.</source>
        <translation>Записать сводки по персонам в этот файл в формате CSV.</translation>
    </message>
    <message>
        <source>--page-size takes a4 or letter</source>
        <translation>--page-size принимает значение a4 или letter</translation>
    </message>
    <message>
        <source>--orientation takes landscape or portrait</source>
        <translation>--orientation принимает значение landscape или portrait</translation>
    </message>
    <message>
        <source>--min-segment takes a number of people, 0 or more</source>
        <translation>--min-segment принимает число людей — 0 или больше</translation>
    </message>
    <message>
        <source>Write the deck as a PowerPoint presentation (.pptx) to this file.</source>
        <translation>Записать презентацию в формате PowerPoint (.pptx) в этот файл.</translation>
    </message>
    <message>
        <source>The files&apos; format: auto (default), generic, shopify, woocommerce, online-retail, olist, rees46, ga4 or features.</source>
        <translation>Формат файлов: auto (по умолчанию), generic, shopify, woocommerce, online-retail, olist, rees46, ga4 или features.</translation>
    </message>
    <message>
        <source>export the persona cards as a PDF or PowerPoint deck and PNGs</source>
        <translation>экспортировать карточки персон в виде презентации PDF или PowerPoint и файлов PNG</translation>
    </message>
    <message>
        <source>%1 %2 merged into earlier rows</source>
        <translation>%1 %2 объединено с предыдущими строками</translation>
    </message>
    <message>
        <source>%1 identical %2 skipped</source>
        <translation>%1 одинаковых %2 пропущено</translation>
    </message>
    <message>
        <source>(%1 anonymous)</source>
        <translation>(%1 анонимных)</translation>
    </message>
    <message>
        <source>Name a feature imported per person (a feature table&apos;s column) as you want it read, e.g. BounceRates=&quot;Bounce rate&quot; (repeatable; an empty label goes back to the one made from the column&apos;s name); saved in the project.</source>
        <translation>Задать своё название импортированному признаку (столбцу таблицы признаков), например BounceRates=&quot;Bounce rate&quot; (можно повторять; пустое название возвращает то, что составлено из имени столбца); сохраняется в проекте.</translation>
    </message>
    <message>
        <source>List the features imported per person: column, label, and whether it is read as conversion.</source>
        <translation>Показать импортированные признаки: столбец, название и читается ли он как конверсия.</translation>
    </message>
    <message>
        <source>Write the feature matrix of the latest segmentation run, as clustered (transformed and standardised), and label imported features.</source>
        <translation>Записать матрицу признаков последней сегментации в том виде, в каком она кластеризовалась (преобразованную и стандартизованную), и задать названия импортированных признаков.</translation>
    </message>
    <message>
        <source>--csv OUT, --label NAME=TEXT or --labels is required</source>
        <translation>Нужно указать --csv OUT, --label ИМЯ=ТЕКСТ или --labels</translation>
    </message>
    <message>
        <source>--label takes NAME=TEXT, not &apos;%1&apos;</source>
        <translation>--label принимает значение ИМЯ=ТЕКСТ, а не «%1»</translation>
    </message>
    <message>
        <source>(read as conversion, not clustered)</source>
        <translation>(читается как конверсия, не кластеризуется)</translation>
    </message>
    <message>
        <source>(your label)</source>
        <translation>(ваше название)</translation>
    </message>
    <message>
        <source>The project is read-only (the file or its folder cannot be written), and this command changes it: copy it to a folder you can write to</source>
        <translation>Проект доступен только для чтения (файл или его папка защищены от записи), а эта команда его изменяет: скопируйте его в папку, доступную для записи</translation>
    </message>
    <message>
        <source>figures invalid (recomputed by the next cluster)</source>
        <translation>показатели недопустимы (будут пересчитаны следующим cluster)</translation>
    </message>
    <message>
        <source>Keep e-mails and names readable in this project (by default they are pseudonymised); needed on every import into a project that keeps them.</source>
        <translation>Хранить адреса e-mail и имена в читаемом виде (по умолчанию они псевдонимизируются); нужно при каждом импорте в проект, который их хранит.</translation>
    </message>
    <message>
        <source>Pseudonymise e-mails and names from now on, in a project that kept them readable.</source>
        <translation>Псевдонимизировать адреса e-mail и имена отныне, в проекте, где они хранились в читаемом виде.</translation>
    </message>
    <message>
        <source>--keep-identifiers and --pseudonymise exclude each other</source>
        <translation>--keep-identifiers и --pseudonymise исключают друг друга</translation>
    </message>
    <message>
        <source>the project file asks to keep e-mail addresses and names readable; nothing was imported. Import with --keep-identifiers to keep them readable, or with --pseudonymise to pseudonymise them</source>
        <translation>файл проекта требует хранить адреса e-mail и имена в читаемом виде; ничего не импортировано. Импортируйте с --keep-identifiers, чтобы хранить их читаемыми, или с --pseudonymise, чтобы псевдонимизировать их</translation>
    </message>
    <message>
        <source>e-mail addresses and names: kept readable (--keep-identifiers)</source>
        <translation>адреса e-mail и имена: сохранены в читаемом виде (--keep-identifiers)</translation>
    </message>
    <message>
        <source>e-mail addresses and names: pseudonymised</source>
        <translation>адреса e-mail и имена: псевдонимизированы</translation>
    </message>
    <message>
        <source>no revenue data</source>
        <translation>нет данных о выручке</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 принимает дату в виде YYYY-MM-DD, а не &apos;%2&apos;</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>Segment the data up to and including this date (YYYY-MM-DD): recency counts from it, people who came later are left out.</source>
        <translation>Сегментировать данные по эту дату включительно (YYYY-MM-DD): давность считается от неё, а пришедшие позже люди не учитываются.</translation>
    </message>
    <message>
        <source>%1 personas from %2 people as of %3 (silhouette %4)</source>
        <translation>персон: %1, людей: %2 на %3 (коэффициент силуэта %4)</translation>
    </message>
    <message>
        <source>One run per month or per quarter.</source>
        <translation>Один запуск на каждый месяц или квартал.</translation>
    </message>
    <message>
        <source>First day considered (YYYY-MM-DD; default: the data&apos;s first date).</source>
        <translation>Первый учитываемый день (YYYY-MM-DD; по умолчанию — первая дата в данных).</translation>
    </message>
    <message>
        <source>Last day considered (YYYY-MM-DD; default: the data&apos;s last date).</source>
        <translation>Последний учитываемый день (YYYY-MM-DD; по умолчанию — последняя дата в данных).</translation>
    </message>
    <message>
        <source>Segment the data as of the end of every month or quarter, matching each run to the personas of the one before.</source>
        <translation>Сегментировать данные на конец каждого месяца или квартала, сопоставляя каждый запуск с персонами предыдущего.</translation>
    </message>
    <message>
        <source>--every takes month or quarter</source>
        <translation>--every принимает month или quarter</translation>
    </message>
    <message>
        <source>The project holds no dated orders or events: there is no timeline to make</source>
        <translation>В проекте нет заказов или событий с датой: строить хронологию не из чего</translation>
    </message>
    <message>
        <source>No month or quarter ends between %1 and %2</source>
        <translation>Между %1 и %2 не заканчивается ни один месяц или квартал</translation>
    </message>
    <message>
        <source>as of %1: run %2, %3 personas from %4 people</source>
        <translation>на %1: запуск %2, персон: %3, людей: %4</translation>
    </message>
    <message>
        <source>one run as of the end of every month or quarter, matched to the same personas</source>
        <translation>по запуску на конец каждого месяца или квартала, сопоставленному с теми же персонами</translation>
    </message>
    <message>
        <source>(outside the store)</source>
        <translation>(вне магазина)</translation>
    </message>
    <message>
        <source>Profile distance from one run to the next that flags a persona as drifted (standard deviations; default 0.5).</source>
        <translation>Расстояние профиля между соседними запусками, при котором персона отмечается как сместившаяся (в стандартных отклонениях; по умолчанию 0.5).</translation>
    </message>
    <message>
        <source>Each persona&apos;s figures over the runs of the latest timeline (and the runs after it), with the profile distance between consecutive runs.</source>
        <translation>Показатели каждой персоны по запускам последней хронологии (и запускам после неё) с расстоянием профиля между соседними запусками.</translation>
    </message>
    <message>
        <source>--threshold takes a positive number</source>
        <translation>--threshold принимает положительное число</translation>
    </message>
    <message>
        <source>The project has not been clustered yet</source>
        <translation>Проект ещё не сегментирован</translation>
    </message>
    <message>
        <source>  %1  run %2  %3 people (%4 %)</source>
        <translation>  %1  запуск %2  людей: %3 (%4 %)</translation>
    </message>
    <message>
        <source>  distance %1  stayed %2 %</source>
        <translation>  расстояние %1  остались %2 %</translation>
    </message>
    <message>
        <source>DRIFT (%1)</source>
        <translation>СМЕЩЕНИЕ (%1)</translation>
    </message>
    <message>
        <source>The earlier run.</source>
        <translation>Более ранний запуск.</translation>
    </message>
    <message>
        <source>The later run.</source>
        <translation>Более поздний запуск.</translation>
    </message>
    <message>
        <source>Write the flows as CSV (with --flow: that flow&apos;s customer ids).</source>
        <translation>Записать потоки в CSV (с --flow: идентификаторы клиентов этого потока).</translation>
    </message>
    <message>
        <source>One flow, FROM:TO persona ids (&apos;none&apos; for outside the store), for --csv.</source>
        <translation>Один поток, идентификаторы персон FROM:TO («none» — вне магазина), для --csv.</translation>
    </message>
    <message>
        <source>How many people went from each persona of one run to each persona of another.</source>
        <translation>Сколько людей перешло из каждой персоны одного запуска в каждую персону другого.</translation>
    </message>
    <message>
        <source>--from and --to take run ids (see persona-cli runs)</source>
        <translation>--from и --to принимают идентификаторы запусков (см. persona-cli runs)</translation>
    </message>
    <message>
        <source>--flow takes FROM:TO, persona ids or &apos;none&apos; (not both)</source>
        <translation>--flow принимает FROM:TO — идентификаторы персон или «none» (не оба сразу)</translation>
    </message>
    <message>
        <source>--flow needs --csv OUT</source>
        <translation>--flow требует --csv OUT</translation>
    </message>
    <message>
        <source>%1 customer ids written to %2</source>
        <translation>Идентификаторов клиентов записано: %1, файл %2</translation>
    </message>
    <message>
        <source>From run %1 (%2, %3 people) to run %4 (%5, %6 people):</source>
        <translation>От запуска %1 (%2, людей: %3) к запуску %4 (%5, людей: %6):</translation>
    </message>
    <message>
        <source>each persona&apos;s figures over the timeline, with drift</source>
        <translation>показатели каждой персоны по хронологии, со смещением</translation>
    </message>
    <message>
        <source>how many people went from each persona to each other between two runs</source>
        <translation>сколько людей перешло из каждой персоны в каждую другую между двумя запусками</translation>
    </message>
    <message>
        <source>The run the deck&apos;s &quot;What changed&quot; page compares with: a run id, last-workshop (the run of the last exported or presented deck, the default) or none (no such page).</source>
        <translation>Запуск, с которым сравнивает страница «Что изменилось»: номер запуска, last-workshop (запуск последней экспортированной или показанной презентации, по умолчанию) или none (без этой страницы).</translation>
    </message>
    <message>
        <source>--since takes a run id (see persona-cli runs), last-workshop or none</source>
        <translation>--since принимает номер запуска (см. persona-cli runs), last-workshop или none</translation>
    </message>
    <message>
        <source>the deck has no &quot;What changed&quot; page: %1</source>
        <translation>в презентации нет страницы «Что изменилось»: %1</translation>
    </message>
    <message>
        <source>the versions of a persona: every change, refresh and restore</source>
        <translation>версии персоны: каждое изменение, обновление и восстановление</translation>
    </message>
    <message>
        <source>what changed between two versions of a persona</source>
        <translation>что изменилось между двумя версиями персоны</translation>
    </message>
    <message>
        <source>restore a version of a persona</source>
        <translation>восстановить версию персоны</translation>
    </message>
    <message>
        <source>Write the deck as one self-contained HTML page to this file (opens in any browser, prints a page per sheet).</source>
        <translation>Записать презентацию в этот файл одной самодостаточной HTML-страницей (открывается в любом браузере, печатается по странице на лист).</translation>
    </message>
    <message>
        <source>nothing to export: give --pdf OUT, --pptx OUT, --html OUT, --png DIR, --json OUT and/or --csv OUT</source>
        <translation>нечего экспортировать: укажите --pdf OUT, --pptx OUT, --html OUT, --png DIR, --json OUT и/или --csv OUT</translation>
    </message>
    <message>
        <source>The SQL dialect: %1.</source>
        <translation>Диалект SQL: %1.</translation>
    </message>
    <message>
        <source>Write the SQL to this file (default: standard output).</source>
        <translation>Записать SQL в этот файл (по умолчанию: стандартный вывод).</translation>
    </message>
    <message>
        <source>The table the SQL creates (default: %1).</source>
        <translation>Таблица, которую создаёт SQL (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>The segmentation run whose personas to assign (see runs).</source>
        <translation>Запуск сегментации, персоны которого назначить (см. runs).</translation>
    </message>
    <message>
        <source>Write SQL that computes every person&apos;s features in your own warehouse from the canonical tables (customers, orders, order_items, events, reviews): a feature table to import. Switched-off features are left out.</source>
        <translation>Написать SQL, который вычисляет признаки каждого человека в вашем хранилище из канонических таблиц (customers, orders, order_items, events, reviews): таблицу признаков для импорта. Отключённые признаки не включаются.</translation>
    </message>
    <message>
        <source>Write SQL that gives every person in your own warehouse the persona of a run: customer_id, persona_id, persona_name.</source>
        <translation>Написать SQL, который назначает каждому человеку в вашем хранилище персону запуска: customer_id, persona_id, persona_name.</translation>
    </message>
    <message>
        <source>--dialect takes one of %1</source>
        <translation>--dialect принимает одно из значений: %1</translation>
    </message>
    <message>
        <source>--table takes a table name of letters, digits and underscores (schema.table allowed), not &apos;%1&apos;</source>
        <translation>--table принимает имя таблицы из букв, цифр и подчёркиваний (допускается schema.table), а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--run RUN (a run&apos;s number, see runs) is required</source>
        <translation>требуется --run RUN (номер запуска, см. runs)</translation>
    </message>
    <message>
        <source>recipe takes features or assign: persona-cli recipe features --project P --dialect NAME, persona-cli recipe assign --project P --run RUN --dialect NAME</source>
        <translation>recipe принимает features или assign: persona-cli recipe features --project P --dialect NAME, persona-cli recipe assign --project P --run RUN --dialect NAME</translation>
    </message>
    <message>
        <source>The feature table (CSV or TSV, UTF-8, the id first).</source>
        <translation>Таблица признаков (CSV или TSV, UTF-8, идентификатор первым).</translation>
    </message>
    <message>
        <source>Write the sample to this CSV file.</source>
        <translation>Записать выборку в этот файл CSV.</translation>
    </message>
    <message>
        <source>Rows in the sample (default 1000000).</source>
        <translation>Строк в выборке (по умолчанию 1000000).</translation>
    </message>
    <message>
        <source>Seed of the random choice (default 1).</source>
        <translation>Начальное значение случайного выбора (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Read a feature table of any size once and write a uniform random sample of its rows, to import and cluster; memory is bounded by the sample.</source>
        <translation>Прочитать таблицу признаков любого размера один раз и записать равномерную случайную выборку её строк для импорта и кластеризации; память ограничена размером выборки.</translation>
    </message>
    <message>
        <source>--table FILE and --out OUT are required</source>
        <translation>требуются --table FILE и --out OUT</translation>
    </message>
    <message>
        <source>--size takes a number of rows (at least 1), --seed a number</source>
        <translation>--size принимает число строк (не меньше 1), --seed — число</translation>
    </message>
    <message>
        <source>read %1 rows, kept %2</source>
        <translation>прочитано строк: %1, оставлено: %2</translation>
    </message>
    <message>
        <source>The run whose segments to count (default: the latest).</source>
        <translation>Запуск, сегменты которого подсчитать (по умолчанию: последний).</translation>
    </message>
    <message>
        <source>Read a feature table of any size once and count the rows nearest to each persona of a run (clustered on a sample of it).</source>
        <translation>Прочитать таблицу признаков любого размера один раз и подсчитать строки, ближайшие к каждой персоне запуска (кластеризованного на её выборке).</translation>
    </message>
    <message>
        <source>--table FILE is required</source>
        <translation>требуется --table FILE</translation>
    </message>
    <message>
        <source>--run takes a run&apos;s number (see runs)</source>
        <translation>--run принимает номер запуска (см. runs)</translation>
    </message>
    <message>
        <source>write SQL for your warehouse: everyone&apos;s features, or everyone&apos;s persona of a run</source>
        <translation>написать SQL для вашего хранилища: признаки каждого человека или персона каждого по запуску</translation>
    </message>
    <message>
        <source>write a uniform random sample of a feature table of any size</source>
        <translation>записать равномерную случайную выборку из таблицы признаков любого размера</translation>
    </message>
    <message>
        <source>count every row of a feature table of any size per persona of a run</source>
        <translation>подсчитать каждую строку таблицы признаков любого размера по персонам запуска</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>The personas side by side</source>
        <translation>Персоны в сравнении</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>The text encoding %1 is not supported</source>
        <translation>Кодировка текста %1 не поддерживается</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file</source>
        <translation>Поле в кавычках не закрыто до конца файла</translation>
    </message>
    <message>
        <source>A record is longer than %1 MiB (a quote left open or a missing line break?)</source>
        <translation>Запись длиннее %1 МиБ (незакрытая кавычка или пропущен перевод строки?)</translation>
    </message>
    <message>
        <source>The field holds a NUL character: this is not a text table, or its encoding is wrong</source>
        <translation>Поле содержит символ NUL: это не текстовая таблица или у неё неверная кодировка</translation>
    </message>
    <message>
        <source>The field holds bytes that are not valid %1 text</source>
        <translation>Поле содержит байты, которые не являются корректным текстом %1</translation>
    </message>
    <message>
        <source>A record has more than %1 fields</source>
        <translation>В записи больше %1 полей</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Не удаётся записать файл: %1</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <source>the segment&apos;s people as a share of everyone clustered</source>
        <translation>доля людей сегмента среди всех кластеризованных</translation>
    </message>
    <message>
        <source>people in the segment</source>
        <translation>число людей в сегменте</translation>
    </message>
    <message>
        <source>mean days from a buyer&apos;s last order to the end of the data</source>
        <translation>среднее число дней от последнего заказа покупателя до конца периода данных</translation>
    </message>
    <message>
        <source>share of orders with a discount or coupon</source>
        <translation>доля заказов со скидкой или купоном</translation>
    </message>
    <message>
        <source>share of carts that ended without a purchase</source>
        <translation>доля корзин, не завершившихся покупкой</translation>
    </message>
    <message>
        <source>how well the archetype fits the segment&apos;s profile, 0 to 100%</source>
        <translation>насколько архетип соответствует профилю сегмента, от 0 до 100%</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>любое событие</translation>
    </message>
    <message>
        <source>an event (%1)</source>
        <translation>событие (%1)</translation>
    </message>
    <message>
        <source>an order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <source>a review rated %1 or more</source>
        <translation>отзыв с оценкой от %1</translation>
    </message>
    <message>
        <source>an NPS of %1 or more</source>
        <translation>оценка NPS от %1</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>не измеряется</translation>
    </message>
    <message>
        <source>people with %1</source>
        <translation>люди, у которых есть %1</translation>
    </message>
    <message>
        <source>, or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Обложка</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Journey funnels</source>
        <translation>Воронки пути клиента</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>About the data</source>
        <translation>О данных</translation>
    </message>
    <message>
        <source>%1 · %2 personas · %3 people</source>
        <translation>%1 · персон: %2 · человек: %3</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>Персон пока нет</translation>
    </message>
    <message>
        <source>people</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>share of people</source>
        <translation>доля людей</translation>
    </message>
    <message>
        <source>share of revenue</source>
        <translation>доля выручки</translation>
    </message>
    <message>
        <source>People per stage, as a share of each persona&apos;s first measured stage</source>
        <translation>Люди на каждом этапе как доля от первого измеренного этапа каждой персоны</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>The data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Data period: %1</source>
        <translation>Период данных: %1</translation>
    </message>
    <message>
        <source>People in the data: %1</source>
        <translation>Людей в данных: %1</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Персон: %1</translation>
    </message>
    <message>
        <source>Segments of fewer than %1 people show no exact figures. The deck holds aggregates only.</source>
        <translation>Для сегментов, в которых меньше %1 человек, точные показатели не приводятся. Презентация содержит только агрегированные данные.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>No imports recorded</source>
        <translation>Нет записей об импорте</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 rows imported, %5</source>
        <translation>%1 (%2, %3): импортировано строк: %4, %5</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>Сегментация</translation>
    </message>
    <message>
        <source>No segmentation run yet</source>
        <translation>Сегментация ещё не запускалась</translation>
    </message>
    <message>
        <source>Run of %1: %2 segments over %3 people</source>
        <translation>Запуск от %1: сегментов — %2, людей — %3</translation>
    </message>
    <message>
        <source>Silhouette: %1 (from -1 to 1; higher means better separated segments)</source>
        <translation>Коэффициент силуэта: %1 (от -1 до 1; чем выше, тем лучше разделены сегменты)</translation>
    </message>
    <message>
        <source>Stability: %1 (agreement of re-runs on samples, 0 to 1)</source>
        <translation>Стабильность: %1 (согласованность повторных запусков на выборках, от 0 до 1)</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Признаки: %1</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Journey stages</source>
        <translation>Этапы пути клиента</translation>
    </message>
    <message>
        <source>the segment&apos;s orders by sales channel (else by device, else its sessions by traffic source), the three largest shares</source>
        <translation>заказы сегмента по каналам продаж (при отсутствии данных — по устройствам, а при отсутствии и их — сессии сегмента по источникам трафика), три наибольшие доли</translation>
    </message>
    <message>
        <source>the segment&apos;s revenue by product category, the three largest shares</source>
        <translation>выручка сегмента по категориям товаров, три наибольшие доли</translation>
    </message>
    <message>
        <source>%1 or more events (%2)</source>
        <translation>не менее %1 событий (%2)</translation>
    </message>
    <message>
        <source>%1 or more orders</source>
        <translation>не менее %1 заказов</translation>
    </message>
    <message>
        <source>the segment&apos;s net revenue as a share of the store&apos;s net revenue (see revenue)</source>
        <translation>доля чистой выручки сегмента в чистой выручке магазина (см. выручку)</translation>
    </message>
    <message>
        <source>the segment&apos;s purchase totals less refunds and credit notes; cancelled, refunded, voided and failed orders left out</source>
        <translation>сумма покупок сегмента за вычетом возвратов и кредит-нот; без отменённых, возвращённых, аннулированных и неоплаченных заказов</translation>
    </message>
    <message>
        <source>purchase totals divided by the number of purchases (cancelled, refunded, voided and failed orders left out)</source>
        <translation>сумма покупок, делённая на число покупок (без отменённых, возвращённых, аннулированных и неоплаченных заказов)</translation>
    </message>
    <message>
        <source>purchases (orders not cancelled, refunded, voided or failed) divided by the segment&apos;s people</source>
        <translation>число покупок (заказов, которые не отменены, не возвращены, не аннулированы и оплачены), делённое на число людей сегмента</translation>
    </message>
</context>
<context>
    <name>DeckExporter</name>
    <message>
        <source>The PDF file cannot be written: %1</source>
        <translation>Не удаётся записать PDF-файл: %1</translation>
    </message>
    <message>
        <source>Buyer personas – %1</source>
        <translation>Персоны покупателей – %1</translation>
    </message>
    <message>
        <source>The PDF file cannot be written</source>
        <translation>Не удаётся записать PDF-файл</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Запись PDF</translation>
    </message>
    <message>
        <source>The folder cannot be created</source>
        <translation>Не удаётся создать папку</translation>
    </message>
    <message>
        <source>The image cannot be written: %1</source>
        <translation>Не удаётся записать изображение: %1</translation>
    </message>
    <message>
        <source>Writing the images</source>
        <translation>Запись изображений</translation>
    </message>
    <message>
        <source>The export was canceled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>The export was canceled; no image was written.</source>
        <translation>Экспорт отменён; ни одно изображение не записано.</translation>
    </message>
    <message>
        <source>The export was canceled; the image already drawn was removed.</source>
        <translation>Экспорт отменён; уже нарисованное изображение удалено.</translation>
    </message>
    <message numerus="yes">
        <source>The export was canceled; the %n images already drawn were removed.</source>
        <translation>
            <numerusform>Экспорт отменён; %n уже нарисованное изображение удалено.</numerusform>
            <numerusform>Экспорт отменён; %n уже нарисованных изображения удалены.</numerusform>
            <numerusform>Экспорт отменён; %n уже нарисованных изображений удалены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing card %1 of %2: %3</source>
        <translation>Рисование карточки %1 из %2: %3</translation>
    </message>
    <message>
        <source>Saving card %1 of %2: %3</source>
        <translation>Сохранение карточки %1 из %2: %3</translation>
    </message>
    <message>
        <source>The deck was written, but its run could not be noted as the last workshop&apos;s: %1</source>
        <translation>Презентация записана, но её запуск не удалось отметить как запуск прошлого воркшопа: %1</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The folder does not exist</source>
        <translation>Папка не существует</translation>
    </message>
    <message>
        <source>The project file already exists</source>
        <translation>Файл проекта уже существует</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created: %1</source>
        <translation>Не удаётся создать временную папку: %1</translation>
    </message>
    <message>
        <source>The demo project was canceled</source>
        <translation>Создание демо-проекта отменено</translation>
    </message>
</context>
<context>
    <name>FeatureLabels</name>
    <message>
        <source>The project has no features imported per person</source>
        <translation>В проекте нет импортированных признаков</translation>
    </message>
    <message>
        <source>No feature imported per person is named &apos;%1&apos; (the project has: %2)</source>
        <translation>Импортированного признака «%1» нет (в проекте есть: %2)</translation>
    </message>
    <message>
        <source>The label cannot be saved: %1</source>
        <translation>Не удалось сохранить название: %1</translation>
    </message>
    <message>
        <source>A label is at most %1 characters long (this one has %2)</source>
        <translation>Подпись — не длиннее %1 символов (в этой %2)</translation>
    </message>
</context>
<context>
    <name>FeatureTableFormat</name>
    <message>
        <source>Feature table (one row per person, numeric columns)</source>
        <translation>Таблица признаков (по строке на человека, числовые столбцы)</translation>
    </message>
    <message>
        <source>The header is not recognised as a feature table: choose the feature-table format explicitly</source>
        <translation>Заголовок не распознан как заголовок таблицы признаков: выберите формат «таблица признаков» явно</translation>
    </message>
    <message>
        <source>A feature table needs at least one column besides the person&apos;s id</source>
        <translation>В таблице признаков, помимо идентификатора человека, должен быть хотя бы один столбец</translation>
    </message>
    <message>
        <source>%1: the column %2 is read as conversion: a person whose value is yes (TRUE, 1) bought once, without a date or an amount; it is not clustered as a feature</source>
        <translation>%1: столбец %2 читается как конверсия: человек со значением «да» (TRUE, 1) купил один раз, без даты и суммы; как признак он не кластеризуется</translation>
    </message>
    <message>
        <source>%1: the column %2 holds text (e.g. “%3”), not numbers: it was not imported (a feature table&apos;s columns are numbers or yes/no)</source>
        <translation>%1: в столбце %2 текст (например, «%3»), а не числа: он не импортирован (столбцы таблицы признаков — числа или да/нет)</translation>
    </message>
    <message>
        <source>%1: the column %3 holds numbers but has text in some rows (%2; the first at line %4: “%5”); those cells were left empty</source>
        <translation>%1: в столбце %3 числа, но в некоторых строках текст (%2; первая — строка %4: «%5»); эти ячейки оставлены пустыми</translation>
    </message>
    <message>
        <source>%1: read as the recipe&apos;s feature table (persona-cli recipe features): its columns are the store&apos;s own features, clustered and named as the app computes them from orders and events</source>
        <translation>%1: прочитана как таблица признаков рецепта (persona-cli recipe features): её столбцы — собственные признаки магазина, они кластеризуются и получают названия так же, как приложение вычисляет их по заказам и событиям</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>The features cannot be computed: %1</source>
        <translation>Не удаётся вычислить признаки: %1</translation>
    </message>
    <message>
        <source>Computing features</source>
        <translation>Вычисление признаков</translation>
    </message>
    <message>
        <source>The computation was canceled</source>
        <translation>Вычисление отменено</translation>
    </message>
    <message>
        <source>Unknown feature: %1</source>
        <translation>Неизвестный признак: %1</translation>
    </message>
    <message>
        <source>The weight of %1 must be above 0 and at most 10</source>
        <translation>Вес признака %1 должен быть больше 0 и не больше 10</translation>
    </message>
    <message>
        <source>The feature settings cannot be saved</source>
        <translation>Не удаётся сохранить настройки признаков</translation>
    </message>
    <message>
        <source>Another program changed the feature settings</source>
        <translation>Другая программа изменила настройки признаков</translation>
    </message>
    <message>
        <source>Nobody in the project has dated data (an order, an event, a dated review or a sign-up) on or before %1: there is nobody to segment as of that date</source>
        <translation>Ни у кого в проекте нет данных с датой (заказа, события, отзыва с датой или регистрации) по %1 включительно: на эту дату сегментировать некого</translation>
    </message>
    <message>
        <source>The purchases of this project come only from a feature table, which has no dates: it cannot be segmented as of a date</source>
        <translation>Покупки в этом проекте известны только из таблицы признаков, а в ней нет дат: его нельзя сегментировать на дату</translation>
    </message>
    <message>
        <source>The features of this project come from a warehouse recipe&apos;s table, which has no dates: it cannot be segmented as of a date</source>
        <translation>Признаки этого проекта взяты из таблицы рецепта хранилища, в которой нет дат: его нельзя сегментировать на определённую дату</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>The funnel could not be computed: %1</source>
        <translation>Не удалось построить воронку: %1</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Осведомлённость</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>under 1 hour</source>
        <translation>менее 1 часа</translation>
    </message>
    <message>
        <source>1 hour to 1 day</source>
        <translation>от 1 часа до 1 дня</translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <translation>1–7 дней</translation>
    </message>
    <message>
        <source>7 to 30 days</source>
        <translation>7–30 дней</translation>
    </message>
    <message>
        <source>30 to 90 days</source>
        <translation>30–90 дней</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>более 90 дней</translation>
    </message>
    <message>
        <source>The journey stages could not be saved.</source>
        <translation>Не удалось сохранить этапы пути клиента.</translation>
    </message>
    <message>
        <source>The journey stages are stored in an unknown version (%1).</source>
        <translation>Этапы пути клиента сохранены в неизвестной версии (%1).</translation>
    </message>
    <message>
        <source>Unknown journey stage &apos;%1&apos;.</source>
        <translation>Неизвестный этап пути клиента «%1».</translation>
    </message>
    <message>
        <source>The rule of journey stage &apos;%1&apos; is out of range.</source>
        <translation>Правило этапа пути клиента «%1» выходит за допустимые пределы.</translation>
    </message>
    <message>
        <source>The funnel computation was canceled.</source>
        <translation>Построение воронки отменено.</translation>
    </message>
    <message>
        <source>Reading events</source>
        <translation>Чтение событий</translation>
    </message>
    <message>
        <source>Reading orders and reviews</source>
        <translation>Чтение заказов и отзывов</translation>
    </message>
    <message>
        <source>There is no persona %1 with a segment.</source>
        <translation>Персоны %1 со связанным сегментом не существует.</translation>
    </message>
    <message>
        <source>The data cannot measure the stage &apos;%1&apos;: no data.</source>
        <translation>Этап «%1» невозможно измерить: нет данных.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 counts nothing: choose event types, a number of orders or a rating.</source>
        <translation>Этап «%1» ничего не учитывает: выберите типы событий, число заказов или оценку.</translation>
    </message>
    <message>
        <source>A threshold of %1 is out of range.</source>
        <translation>Пороговое значение этапа «%1» выходит за допустимые пределы.</translation>
    </message>
    <message>
        <source>%1: the project holds no events of type %2.</source>
        <translation>%1: в проекте нет событий типа %2.</translation>
    </message>
    <message>
        <source>Another program changed the journey stage rules</source>
        <translation>Другая программа изменила правила этапов пути</translation>
    </message>
</context>
<context>
    <name>Ga4Format</name>
    <message>
        <source>Google Analytics 4 events</source>
        <translation>События Google Analytics 4</translation>
    </message>
    <message>
        <source>A GA4 export needs the columns event_name, user_pseudo_id and event_timestamp</source>
        <translation>В экспорте GA4 должны быть столбцы event_name, user_pseudo_id и event_timestamp</translation>
    </message>
</context>
<context>
    <name>GenericFormat</name>
    <message>
        <source>Generic CSV (one file per entity)</source>
        <translation>Универсальный CSV (по файлу на каждую сущность)</translation>
    </message>
    <message>
        <source>sku, product_name or quantity</source>
        <translation>sku, product_name или quantity</translation>
    </message>
    <message>
        <source>The header is not that of a generic file: it has no customer_id, order_id or session_id column</source>
        <translation>Заголовок не соответствует универсальному формату: в нём нет столбца customer_id, order_id или session_id</translation>
    </message>
    <message>
        <source>The header looks like %1 but lacks the required columns: %2</source>
        <translation>Заголовок похож на %1, но в нём не хватает обязательных столбцов: %2</translation>
    </message>
    <message>
        <source>“%1” is read as the order&apos;s total: the file has no quantity column</source>
        <translation>«%1» читается как сумма заказа: в файле нет столбца количества</translation>
    </message>
    <message>
        <source>no order id column: each row is taken as one order, ids made from the row&apos;s content; the same rows imported again update these orders, they are not added twice</source>
        <translation>нет столбца с номером заказа: каждая строка считается одним заказом, идентификаторы строятся из содержимого строки; те же строки при повторном импорте обновляют эти заказы, а не добавляются второй раз</translation>
    </message>
    <message>
        <source>“%1” is read as the unit price: an order&apos;s total is price × quantity (“%2”)</source>
        <translation>«%1» читается как цена за единицу: сумма заказа — цена × количество («%2»)</translation>
    </message>
    <message>
        <source>“%1” is read as the unit price of the order&apos;s item</source>
        <translation>«%1» читается как цена за единицу товара в заказе</translation>
    </message>
</context>
<context>
    <name>HtmlDeck</name>
    <message>
        <source>Writing the HTML page</source>
        <translation>Запись HTML-страницы</translation>
    </message>
    <message>
        <source>The HTML file cannot be written: %1</source>
        <translation>Не удаётся записать HTML-файл: %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the row has %1 fields but the header has %2 columns</source>
        <translation>в строке полей: %1, а в заголовке столбцов: %2</translation>
    </message>
    <message>
        <source>required value is empty</source>
        <translation>не заполнено обязательное значение</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>не является датой</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>не является числом</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>не является целым числом</translation>
    </message>
    <message>
        <source>not a yes/no value</source>
        <translation>не является значением «да/нет»</translation>
    </message>
    <message>
        <source>rating must be 1–5</source>
        <translation>оценка (rating) должна быть от 1 до 5</translation>
    </message>
    <message>
        <source>nps must be 0–10</source>
        <translation>nps должен быть от 0 до 10</translation>
    </message>
    <message>
        <source>a review needs a rating or an nps</source>
        <translation>в отзыве должно быть указано rating или nps</translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation>Файл не существует</translation>
    </message>
    <message>
        <source>This is a folder, not a data file</source>
        <translation>Это папка, а не файл данных</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Файл пуст</translation>
    </message>
    <message>
        <source>The format of this file is not recognised</source>
        <translation>Формат этого файла не распознан</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>Unknown import format &quot;%1&quot; (known: auto, %2)</source>
        <translation>Неизвестный формат импорта «%1» (допустимые: auto, %2)</translation>
    </message>
    <message>
        <source>No files to import</source>
        <translation>Нет файлов для импорта</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>The project cannot be written: %1</source>
        <translation>Не удаётся записать проект: %1</translation>
    </message>
    <message>
        <source>an event needs a user_pseudo_id or a user_id</source>
        <translation>у события должен быть user_pseudo_id или user_id</translation>
    </message>
    <message>
        <source>The dates mix day-first (line %1) and month-first (line %2) forms</source>
        <translation>В датах смешаны форматы «день первым» (строка %1) и «месяц первым» (строка %2)</translation>
    </message>
    <message>
        <source>%1: every date fits both day-first and month-first; read as day-first (choose the order to change it)</source>
        <translation>%1: все даты подходят и под формат «день первым», и под «месяц первым»; они прочитаны как «день первым» (чтобы изменить, выберите порядок явно)</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Индексирование</translation>
    </message>
    <message>
        <source>invoice %1 already belongs to customer %2</source>
        <translation>счёт %1 уже относится к клиенту %2</translation>
    </message>
    <message>
        <source>the pseudonym key cannot be stored</source>
        <translation>не удаётся сохранить ключ псевдонимизации</translation>
    </message>
    <message>
        <source>an event needs a user_session or a user_id</source>
        <translation>у события должен быть user_session или user_id</translation>
    </message>
    <message>
        <source>a customer needs a Customer ID or an e-mail</source>
        <translation>у клиента должен быть Customer ID или адрес электронной почты</translation>
    </message>
    <message>
        <source>a rating must be a whole number from 1 to 5</source>
        <translation>оценка должна быть целым числом от 1 до 5</translation>
    </message>
    <message>
        <source>The Olist files cannot be linked: %1</source>
        <translation>Не удаётся связать файлы Olist: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Olist orders wait for their customers: import olist_customers_dataset.csv to add them</source>
        <translation>
            <numerusform>%n заказ Olist ожидает данных о клиенте: импортируйте olist_customers_dataset.csv, чтобы добавить его</numerusform>
            <numerusform>%n заказа Olist ожидают данных о клиентах: импортируйте olist_customers_dataset.csv, чтобы добавить их</numerusform>
            <numerusform>%n заказов Olist ожидают данных о клиентах: импортируйте olist_customers_dataset.csv, чтобы добавить их</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The items, payments or reviews of %n Olist orders wait for their orders (olist_orders_dataset.csv) and customers</source>
        <translation>
            <numerusform>Позиции, платежи или отзывы %n заказа Olist ожидают данных о самом заказе (olist_orders_dataset.csv) и о клиенте</numerusform>
            <numerusform>Позиции, платежи или отзывы %n заказов Olist ожидают данных о самих заказах (olist_orders_dataset.csv) и о клиентах</numerusform>
            <numerusform>Позиции, платежи или отзывы %n заказов Olist ожидают данных о самих заказах (olist_orders_dataset.csv) и о клиентах</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: the same %3 as an earlier row of this import: merged into it (an empty cell keeps the earlier value)</source>
        <translation>%1:%2: тот же %3, что и в более ранней строке этого импорта: объединено с ней (пустая ячейка сохраняет прежнее значение)</translation>
    </message>
    <message>
        <source>order_id already read on line %1 of %2: the first row of an order_id is kept, this one is not imported</source>
        <translation>order_id уже прочитан в строке %1 в %2: сохраняется первая строка order_id, эта не импортируется</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>этом файле</translation>
    </message>
    <message>
        <source>review</source>
        <translation>отзыв</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>%1 is the same file as %2: it is read once</source>
        <translation>%1 — тот же файл, что и %2: он читается один раз</translation>
    </message>
    <message>
        <source>a date in the future</source>
        <translation>дата в будущем</translation>
    </message>
    <message>
        <source>%1: numbers with a decimal comma (line %2) and with a decimal point (line %3): a number with a lone &apos;.&apos; is read with a decimal point</source>
        <translation>%1: числа с десятичной запятой (строка %2) и с десятичной точкой (строка %3): число с одной «.» читается с десятичной точкой</translation>
    </message>
    <message>
        <source>the same purchase as line %1 of %2 (customer, date, amount, quantity): imported once</source>
        <translation>та же покупка, что в строке %1 в %2 (клиент, дата, сумма, количество): импортирована один раз</translation>
    </message>
    <message>
        <source>column %1 (no name)</source>
        <translation>столбец %1 (без названия)</translation>
    </message>
    <message>
        <source>%1: not imported, the project has no place for these columns: %2</source>
        <translation>%1: не импортированы, в проекте нет места для этих столбцов: %2</translation>
    </message>
    <message>
        <source>The project file asks to keep e-mail addresses and names readable; nothing was imported. A project file may come from someone else: choose yourself whether to keep them readable or to pseudonymise them</source>
        <translation>Файл проекта требует хранить адреса e-mail и имена в читаемом виде; ничего не импортировано. Файл проекта мог прийти от кого-то другого: решите сами, хранить их читаемыми или псевдонимизировать</translation>
    </message>
    <message>
        <source>%1: rows of %3 dated after today: %2 (the latest %4); check the file&apos;s dates: recency is counted from the store&apos;s last date</source>
        <translation>%1: строки %3 с датой позже сегодняшней: %2 (самая поздняя %4); проверьте даты в файле: давность считается от последней даты магазина</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>тип события</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>да/нет</translation>
    </message>
    <message>
        <source>rating 1–5</source>
        <translation>оценка 1–5</translation>
    </message>
    <message>
        <source>NPS 0–10</source>
        <translation>NPS 0–10</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>заказы</translation>
    </message>
    <message>
        <source>order items</source>
        <translation>позиции заказов</translation>
    </message>
    <message>
        <source>events</source>
        <translation>события</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>отзывы</translation>
    </message>
    <message>
        <source>features per person</source>
        <translation>признаки по каждому человеку</translation>
    </message>
</context>
<context>
    <name>JourneyNotes</name>
    <message>
        <source>Touchpoints</source>
        <translation>Точки контакта</translation>
    </message>
    <message>
        <source>Key focus</source>
        <translation>Главная задача</translation>
    </message>
    <message>
        <source>How to improve</source>
        <translation>Как улучшить</translation>
    </message>
    <message>
        <source>Customer goal</source>
        <translation>Цель клиента</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Болевые точки</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Эмоции</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>The journey notes could not be read: %1</source>
        <translation>Не удалось прочитать заметки о пути клиента: %1</translation>
    </message>
    <message>
        <source>Another program deleted the persona</source>
        <translation>Другая программа удалила персону</translation>
    </message>
    <message>
        <source>Another program changed this journey note</source>
        <translation>Другая программа изменила эту заметку о пути</translation>
    </message>
</context>
<context>
    <name>KMeans</name>
    <message>
        <source>Clustering into %1 segments</source>
        <translation>Кластеризация (сегментов: %1)</translation>
    </message>
</context>
<context>
    <name>NameReason</name>
    <message>
        <source>%1 of its buyers ordered once, and for %2 of them that order is more than %3 days old: twice the store&apos;s purchase cycle of %4 days.</source>
        <translation>%1 покупателей сегмента заказали один раз, и у %2 из них этому заказу больше %3 дней — вдвое больше цикла покупки магазина (%4 дней).</translation>
    </message>
    <message>
        <source>%1 of its buyers ordered more than once, and %2 of those have not ordered for more than twice the store&apos;s purchase cycle of %3 days (or twice their own gap between orders).</source>
        <translation>%1 покупателей сегмента заказывали больше одного раза, и %2 из них не заказывают дольше двух циклов покупки магазина (%3 дней) или двух своих обычных пауз между заказами.</translation>
    </message>
    <message>
        <source>%1 of its buyers ordered more than once, and %2 of those ordered within twice the store&apos;s purchase cycle of %3 days: still active.</source>
        <translation>%1 покупателей сегмента заказывали больше одного раза, и %2 из них заказали в пределах двух циклов покупки магазина (%3 дней): всё ещё активны.</translation>
    </message>
    <message>
        <source>%1 of its buyers ordered once, and for %2 of them that order is recent: within twice the store&apos;s purchase cycle of %3 days.</source>
        <translation>%1 покупателей сегмента заказали один раз, и у %2 из них этот заказ недавний: в пределах двух циклов покупки магазина (%3 дней).</translation>
    </message>
    <message>
        <source>%1 of its orders had a discount or a coupon.</source>
        <translation>В %1 заказов сегмента была скидка или купон.</translation>
    </message>
    <message>
        <source>%1 of its people never bought, and no events show them visiting: no browsing archetype is claimed.</source>
        <translation>%1 людей сегмента ни разу не покупали, и никакие события не показывают их визитов: архетип посетителя им не приписывается.</translation>
    </message>
    <message>
        <source>%1 of its people bought; the data holds no order dates or amounts, so no buying pattern (first-time, repeat, order value) is claimed.</source>
        <translation>%1 людей в группе купили; в данных нет дат и сумм заказов, поэтому никакая модель покупок (первая покупка, повторные, сумма заказа) не утверждается.</translation>
    </message>
    <message>
        <source>%1 of its people never bought.</source>
        <translation>%1 людей в группе ни разу не покупали.</translation>
    </message>
    <message>
        <source>What sets it apart most: %1, %2 against %3 for everyone.</source>
        <translation>Сильнее всего выделяет: %1 — %2 против %3 у всех.</translation>
    </message>
    <message>
        <source>%1 of its people never bought, and %2 of their carts were left without a purchase.</source>
        <translation>%1 людей в группе ни разу не покупали, и %2 их корзин брошены без покупки.</translation>
    </message>
</context>
<context>
    <name>OlistFormat</name>
    <message>
        <source>Olist e-commerce dataset (customers, orders, items, payments, reviews, products)</source>
        <translation>Набор данных электронной коммерции Olist (клиенты, заказы, позиции, платежи, отзывы, товары)</translation>
    </message>
    <message>
        <source>The header is not that of a file of the Olist dataset (olist_customers_dataset.csv, olist_orders_dataset.csv, olist_order_items_dataset.csv, olist_order_payments_dataset.csv, olist_order_reviews_dataset.csv, olist_products_dataset.csv or product_category_name_translation.csv)</source>
        <translation>Заголовок не соответствует ни одному файлу набора данных Olist (olist_customers_dataset.csv, olist_orders_dataset.csv, olist_order_items_dataset.csv, olist_order_payments_dataset.csv, olist_order_reviews_dataset.csv, olist_products_dataset.csv или product_category_name_translation.csv)</translation>
    </message>
</context>
<context>
    <name>OnlineRetailFormat</name>
    <message>
        <source>Online Retail invoice lines (UCI)</source>
        <translation>Строки счетов Online Retail (UCI)</translation>
    </message>
    <message>
        <source>The header is not that of Online Retail invoice lines: it lacks %1</source>
        <translation>Заголовок не соответствует строкам счетов Online Retail: отсутствует %1</translation>
    </message>
</context>
<context>
    <name>PersonaDocument</name>
    <message>
        <source>New persona</source>
        <translation>Новая персона</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
</context>
<context>
    <name>PersonaRepository</name>
    <message>
        <source>The picture is larger than %1 MB</source>
        <translation>Изображение больше %1 МБ</translation>
    </message>
    <message>
        <source>Another program deleted the persona</source>
        <translation>Другая программа удалила персону</translation>
    </message>
    <message>
        <source>Another program changed the persona since it was read</source>
        <translation>Другая программа изменила персону после того, как она была прочитана</translation>
    </message>
</context>
<context>
    <name>Pptx</name>
    <message>
        <source>The presentation cannot be packed (zip error %1)</source>
        <translation>Не удаётся упаковать презентацию (ошибка zip %1)</translation>
    </message>
    <message>
        <source>The presentation cannot be written: %1</source>
        <translation>Не удаётся записать презентацию: %1</translation>
    </message>
</context>
<context>
    <name>PptxDeck</name>
    <message>
        <source>The persona card of %1</source>
        <translation>Карточка персоны «%1»</translation>
    </message>
    <message>
        <source>Writing the slides</source>
        <translation>Запись слайдов</translation>
    </message>
    <message>
        <source>Where the people of each persona went from %1 to %2</source>
        <translation>Куда перешли люди каждой персоны с %1 по %2</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>The project file does not exist</source>
        <translation>Файл проекта не существует</translation>
    </message>
    <message>
        <source>This is a folder, not a project file</source>
        <translation>Это папка, а не файл проекта</translation>
    </message>
    <message>
        <source>This file is not a Persona Workbench project (it is not an SQLite database)</source>
        <translation>Этот файл не является проектом Persona Workbench (это не база данных SQLite)</translation>
    </message>
    <message>
        <source>The folder for the project file does not exist</source>
        <translation>Папка для файла проекта не существует</translation>
    </message>
    <message>
        <source>The project file cannot be opened: %1</source>
        <translation>Не удаётся открыть файл проекта: %1</translation>
    </message>
    <message>
        <source>The project file is damaged (SQLite reports: %1)</source>
        <translation>Файл проекта повреждён (сообщение SQLite: %1)</translation>
    </message>
    <message>
        <source>This SQLite database is not a Persona Workbench project</source>
        <translation>Эта база данных SQLite не является проектом Persona Workbench</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of Persona Workbench (format %1; this version reads up to %2)</source>
        <translation>Проект сохранён более новой версией Persona Workbench (формат %1; эта версия поддерживает форматы до %2)</translation>
    </message>
    <message>
        <source>The project file cannot be written: %1</source>
        <translation>Не удаётся записать файл проекта: %1</translation>
    </message>
    <message>
        <source>The project could not be upgraded to format %1: %2</source>
        <translation>Не удалось обновить проект до формата %1: %2</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>процесс %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (процесс %2)</translation>
    </message>
    <message>
        <source>The project is busy: another program is changing it (waited %1 s). Try again when it has finished.</source>
        <translation>Проект занят: его изменяет другая программа (ожидание %1 с). Повторите попытку, когда она закончит.</translation>
    </message>
    <message>
        <source>The project is busy: %1 is changing it (waited %2 s). Try again when it has finished.</source>
        <translation>Проект занят: его изменяет %1 (ожидание %2 с). Повторите попытку, когда он закончит.</translation>
    </message>
    <message>
        <source>The folder of the project file is read-only (a project writes its journal next to it)</source>
        <translation>Папка файла проекта доступна только для чтения (проект записывает рядом с собой свой журнал)</translation>
    </message>
    <message>
        <source>Another program changed this setting since it was read</source>
        <translation>Другая программа изменила эту настройку после того, как она была прочитана</translation>
    </message>
    <message>
        <source>The project file is empty</source>
        <translation>Файл проекта пуст</translation>
    </message>
    <message>
        <source>The project file is damaged: its format number (%1) is not one Persona Workbench has ever written</source>
        <translation>Файл проекта повреждён: номер его формата (%1) никогда не записывался Persona Workbench</translation>
    </message>
    <message>
        <source>This project was made by an older version of Persona Workbench and is read-only, so it cannot be upgraded: copy it to a folder you can write to</source>
        <translation>Этот проект создан более старой версией Persona Workbench и доступен только для чтения, поэтому его нельзя обновить: скопируйте его в папку, доступную для записи</translation>
    </message>
    <message>
        <source>What Persona Workbench did not create could not be removed from the project: %1</source>
        <translation>Не удалось удалить из проекта то, что не создавал Persona Workbench: %1</translation>
    </message>
    <message>
        <source>%1; it was not opened</source>
        <translation>%1; проект не открыт</translation>
    </message>
    <message>
        <source>The project contains a trigger “%1” on table %2 that Persona Workbench did not create</source>
        <translation>Проект содержит триггер «%1» на таблице %2, который Persona Workbench не создавал</translation>
    </message>
    <message>
        <source>The project contains a view “%1” that Persona Workbench did not create</source>
        <translation>Проект содержит представление «%1», которое Persona Workbench не создавал</translation>
    </message>
    <message>
        <source>The table “%1” of the project was changed: it is not as Persona Workbench made it</source>
        <translation>Таблица «%1» проекта изменена: она не такая, какой её создал Persona Workbench</translation>
    </message>
    <message>
        <source>The project contains an index “%1” on table %2 that Persona Workbench did not create</source>
        <translation>Проект содержит индекс «%1» на таблице %2, который Persona Workbench не создавал</translation>
    </message>
    <message>
        <source>The project contains a table “%1” that Persona Workbench did not create</source>
        <translation>Проект содержит таблицу «%1», которую Persona Workbench не создавал</translation>
    </message>
    <message>
        <source>The project file is damaged: its format number (%1) does not match its tables, which are those of format %2</source>
        <translation>Файл проекта повреждён: номер его формата (%1) не соответствует его таблицам, которые относятся к формату %2</translation>
    </message>
    <message>
        <source>The list of tables of the project cannot be read</source>
        <translation>Не удаётся прочитать список таблиц проекта</translation>
    </message>
    <message>
        <source>The index “%1” of the project was changed: it is not as Persona Workbench made it</source>
        <translation>Индекс «%1» проекта изменён: он не такой, каким его создал Persona Workbench</translation>
    </message>
    <message>
        <source>The index “%1” is missing from the project</source>
        <translation>В проекте нет индекса «%1»</translation>
    </message>
    <message>
        <source>The table “%1” is missing from the project</source>
        <translation>В проекте нет таблицы «%1»</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; и ещё %1</translation>
    </message>
</context>
<context>
    <name>Recipe</name>
    <message>
        <source>Run %1 segmented the data as of %2: the recipe computes the features of all the data, so it cannot assign as that run did</source>
        <translation>Запуск %1 сегментировал данные на дату %2: рецепт вычисляет признаки по всем данным, поэтому не может назначить так, как этот запуск</translation>
    </message>
    <message>
        <source>Run %1 clusters a feature imported per person (%2): the recipe computes only the app&apos;s own features</source>
        <translation>Запуск %1 кластеризует признак, импортированный по людям (%2): рецепт вычисляет только собственные признаки приложения</translation>
    </message>
    <message>
        <source>Run %1 has no centroids of its features</source>
        <translation>У запуска %1 нет центроидов его признаков</translation>
    </message>
    <message>
        <source>The feature table cannot be read: %1</source>
        <translation>Не удаётся прочитать таблицу признаков: %1</translation>
    </message>
    <message>
        <source>The feature table has no header with an id and a feature column</source>
        <translation>В таблице признаков нет заголовка с идентификатором и столбцом признака</translation>
    </message>
    <message>
        <source>Reading the feature table</source>
        <translation>Чтение таблицы признаков</translation>
    </message>
    <message>
        <source>Reading the feature table was canceled</source>
        <translation>Чтение таблицы признаков отменено</translation>
    </message>
    <message>
        <source>The sample cannot be written: %1</source>
        <translation>Не удаётся записать выборку: %1</translation>
    </message>
    <message>
        <source>The feature table has no column %1, which the run clusters</source>
        <translation>В таблице признаков нет столбца %1, который кластеризует запуск</translation>
    </message>
</context>
<context>
    <name>Rees46Format</name>
    <message>
        <source>Event stream (REES46 / Open CDP)</source>
        <translation>Поток событий (REES46 / Open CDP)</translation>
    </message>
    <message>
        <source>An event stream needs the columns event_time, event_type, user_id and user_session</source>
        <translation>В потоке событий должны быть столбцы event_time, event_type, user_id и user_session</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>The history of the runs cannot be read: %1</source>
        <translation>Историю запусков не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>A flow goes from a persona or to one</source>
        <translation>Поток идёт из персоны или в персону</translation>
    </message>
    <message>
        <source>The persona is not in that run</source>
        <translation>Этой персоны нет в этом запуске</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>The segmentation runs cannot be read: %1</source>
        <translation>Не удаётся прочитать запуски сегментации: %1</translation>
    </message>
    <message>
        <source>The project has not been clustered yet</source>
        <translation>Кластеризация проекта ещё не выполнялась</translation>
    </message>
    <message>
        <source>The assignments cannot be read: %1</source>
        <translation>Не удаётся прочитать распределение по сегментам: %1</translation>
    </message>
    <message>
        <source>There is no segmentation run %1</source>
        <translation>Запуска сегментации %1 не существует</translation>
    </message>
    <message>
        <source>Person %1 is no longer in the project.</source>
        <translation>Человека %1 больше нет в проекте.</translation>
    </message>
</context>
<context>
    <name>SectionTypes</name>
    <message>
        <source>Short text</source>
        <translation>Короткий текст</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Длинный текст</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Figures from the data</source>
        <translation>Показатели из данных</translation>
    </message>
    <message>
        <source>Journey snapshot</source>
        <translation>Путь клиента вкратце</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>Тактика</translation>
    </message>
</context>
<context>
    <name>SegmentMix</name>
    <message>
        <source>The channel mix and categories cannot be read: %1</source>
        <translation>Не удаётся прочитать структуру каналов и категории: %1</translation>
    </message>
</context>
<context>
    <name>Segmentation</name>
    <message>
        <source>The segmentation cannot be saved: %1</source>
        <translation>Не удаётся сохранить сегментацию: %1</translation>
    </message>
    <message>
        <source>The project has no people to cluster: import customers, orders or events first</source>
        <translation>В проекте нет людей для кластеризации: сначала импортируйте клиентов, заказы или события</translation>
    </message>
    <message>
        <source>The data cannot be clustered: no feature varies between people</source>
        <translation>Кластеризация невозможна: ни один признак не различается между людьми</translation>
    </message>
    <message>
        <source>The number of segments must be at least 1 (asked: %1 to %2)</source>
        <translation>Число сегментов должно быть не меньше 1 (запрошено: от %1 до %2)</translation>
    </message>
    <message>
        <source>There are %1 people, fewer than the %2 segments asked for</source>
        <translation>Людей в проекте: %1 — это меньше, чем запрошено сегментов (%2)</translation>
    </message>
    <message>
        <source>The segmentation was canceled</source>
        <translation>Сегментация отменена</translation>
    </message>
    <message>
        <source>Saving the segmentation</source>
        <translation>Сохранение сегментации</translation>
    </message>
    <message>
        <source>There is no persona %1</source>
        <translation>Персоны %1 не существует</translation>
    </message>
    <message>
        <source>Scoring %1 segments</source>
        <translation>Оценка разбиения (сегментов: %1)</translation>
    </message>
    <message>
        <source>Merging needs two different personas of the latest segmentation run</source>
        <translation>Для объединения нужны две разные персоны из последнего запуска сегментации</translation>
    </message>
    <message>
        <source>Only a persona of the latest segmentation run can be split</source>
        <translation>Разделить можно только персону из последнего запуска сегментации</translation>
    </message>
    <message>
        <source>A segment needs at least two people to be split</source>
        <translation>Чтобы разделить сегмент, в нём должно быть не меньше двух человек</translation>
    </message>
    <message>
        <source>The split was canceled</source>
        <translation>Разделение отменено</translation>
    </message>
    <message>
        <source>%1 personas: they show %2 kinds of customer (%3), %4 personas only %5 (%6). The silhouette prefers %4 (%7 against %8), but merging would hide a core persona.</source>
        <translation>Число персон — %1: типов покупателей среди них %2 (%3), а при %4 персонах — лишь %5 (%6). Силуэт предпочитает %4 (%7 против %8), но слияние скрыло бы ключевую персону.</translation>
    </message>
    <message>
        <source>%1 personas, as asked.</source>
        <translation>Число персон — %1, как и просили.</translation>
    </message>
    <message>
        <source>%1 personas (%2): the smallest number whose people are stable across re-runs and separated nearly as well as the best (silhouette %3).</source>
        <translation>Число персон — %1 (%2): наименьшее, при котором люди устойчивы в повторных прогонах и разделены почти так же хорошо, как в лучшем случае (силуэт %3).</translation>
    </message>
    <message>
        <source>One persona more would show no other kind of customer.</source>
        <translation>Ещё одна персона не показала бы другого типа покупателей.</translation>
    </message>
    <message>
        <source>%1 personas would show another kind of customer (%2), but their people are not stable enough across re-runs or not separated well enough (silhouette %3, stability %4).</source>
        <translation>При %1 персонах появился бы ещё один тип покупателей (%2), но их люди недостаточно устойчивы в повторных прогонах или недостаточно хорошо разделены (силуэт %3, устойчивость %4).</translation>
    </message>
    <message>
        <source>%1 personas (%2), as in the run before: no other number shows more kinds of customer.</source>
        <translation>Число персон — %1 (%2), как в предыдущем запуске: никакое другое число не показывает больше типов покупателей.</translation>
    </message>
    <message>
        <source>%1 personas: they show %2 kinds of customer (%3), %4 personas only %5 (%6). %4 personas separate people nearly as well (silhouette %7 against %8), but merging would hide a core persona.</source>
        <translation>Число персон — %1: типов покупателей среди них %2 (%3), а при %4 персонах — лишь %5 (%6). %4 персоны разделяют людей почти так же хорошо (силуэт %7 против %8), но слияние скрыло бы ключевую персону.</translation>
    </message>
    <message>
        <source>%1 personas were tried besides the numbers asked for, because one persona held active and lapsed repeat buyers together.</source>
        <translation>Кроме запрошенных чисел, проверено и %1 персон: одна персона объединяла активных и ушедших постоянных покупателей.</translation>
    </message>
</context>
<context>
    <name>ShopifyFormat</name>
    <message>
        <source>Shopify export (customers or orders)</source>
        <translation>Экспорт Shopify (клиенты или заказы)</translation>
    </message>
    <message>
        <source>A Shopify orders export needs the columns Created at and Total</source>
        <translation>В экспорте заказов Shopify должны быть столбцы Created at и Total</translation>
    </message>
    <message>
        <source>The header is neither that of a Shopify orders export (Name, Lineitem quantity, ...) nor that of a Shopify customers export (Customer ID, First Name, Email, ...)</source>
        <translation>Заголовок не соответствует ни экспорту заказов Shopify (Name, Lineitem quantity, ...), ни экспорту клиентов Shopify (Customer ID, First Name, Email, ...)</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>The project cannot be read: %1</source>
        <translation>Не удаётся прочитать проект: %1</translation>
    </message>
</context>
<context>
    <name>SummaryExporter</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Не удаётся записать файл: %1</translation>
    </message>
</context>
<context>
    <name>TemplateJson</name>
    <message>
        <source>expected a string, found %1</source>
        <translation>ожидалась строка, найдено: %1</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>this is not a Persona Workbench template</source>
        <translation>это не шаблон Persona Workbench</translation>
    </message>
    <message>
        <source>expected a version number</source>
        <translation>ожидался номер версии</translation>
    </message>
    <message>
        <source>version %1 is newer than this application reads (%2)</source>
        <translation>версия %1 новее той, которую поддерживает это приложение (%2)</translation>
    </message>
    <message>
        <source>the template needs a name</source>
        <translation>у шаблона должно быть название</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>ожидался массив, найдено: %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>ожидался объект, найдено: %1</translation>
    </message>
    <message>
        <source>every section needs a key</source>
        <translation>у каждого раздела должен быть ключ</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation>ключ «%1» используется дважды</translation>
    </message>
    <message>
        <source>unknown section type &quot;%1&quot;</source>
        <translation>неизвестный тип раздела «%1»</translation>
    </message>
    <message>
        <source>expected two labels</source>
        <translation>ожидались две подписи</translation>
    </message>
    <message>
        <source>unknown figure &quot;%1&quot;</source>
        <translation>неизвестный показатель «%1»</translation>
    </message>
    <message>
        <source>the template is too large (%1 KB; at most %2 KB)</source>
        <translation>шаблон слишком велик (%1 КБ; не более %2 КБ)</translation>
    </message>
    <message>
        <source>the template has %1 sections; at most %2 are read</source>
        <translation>в шаблоне разделов: %1; читается не более %2</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>E-commerce buyer (B2C)</source>
        <translation>Покупатель интернет-магазина (B2C)</translation>
    </message>
    <message>
        <source>B2B buyer</source>
        <translation>B2B-покупатель</translation>
    </message>
    <message>
        <source>Lean (one page)</source>
        <translation>Краткий (одна страница)</translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation>Шаблон без названия</translation>
    </message>
    <message>
        <source>A built-in template cannot be changed; duplicate it</source>
        <translation>Встроенный шаблон нельзя изменить; создайте его копию</translation>
    </message>
    <message>
        <source>The template needs a name</source>
        <translation>У шаблона должно быть название</translation>
    </message>
    <message>
        <source>Another program deleted the template “%1”</source>
        <translation>Другая программа удалила шаблон «%1»</translation>
    </message>
    <message>
        <source>Another program changed the template “%1”</source>
        <translation>Другая программа изменила шаблон «%1»</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>The run as of %1 failed: %2</source>
        <translation>Запуск на %1 не удался: %2</translation>
    </message>
    <message>
        <source>Run %1 of %2, as of %3</source>
        <translation>Запуск %1 из %2, на %3</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Edit Journey Note</source>
        <translation>изменение заметки о пути клиента</translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation>переименование персоны</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>изменение цвета</translation>
    </message>
    <message>
        <source>Change Archetype</source>
        <translation>изменение архетипа</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>изменение раздела «%1»</translation>
    </message>
    <message>
        <source>Change Evidence of %1</source>
        <translation>изменение источника для «%1»</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>сброс раздела «%1»</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>удаление фото</translation>
    </message>
    <message>
        <source>Change Photo</source>
        <translation>изменение фото</translation>
    </message>
    <message>
        <source>Change Avatar</source>
        <translation>изменение аватара</translation>
    </message>
    <message>
        <source>Change Template</source>
        <translation>изменение шаблона</translation>
    </message>
    <message>
        <source>Link Segment</source>
        <translation>привязку сегмента</translation>
    </message>
    <message>
        <source>Unlink Segment</source>
        <translation>отвязку сегмента</translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation>создание персоны</translation>
    </message>
    <message>
        <source>Duplicate Persona</source>
        <translation>дублирование персоны</translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation>удаление персоны</translation>
    </message>
    <message>
        <source>Move Persona</source>
        <translation>перемещение персоны</translation>
    </message>
    <message>
        <source>Change Journey Stage Rules</source>
        <translation>изменение правил этапов пути клиента</translation>
    </message>
    <message>
        <source>Remove Picture of %1</source>
        <translation>удаление изображения в разделе «%1»</translation>
    </message>
    <message>
        <source>Change Picture of %1</source>
        <translation>изменение изображения в разделе «%1»</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>создание шаблона</translation>
    </message>
    <message>
        <source>Duplicate Template</source>
        <translation>дублирование шаблона</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>удаление шаблона</translation>
    </message>
    <message>
        <source>Rename Template</source>
        <translation>переименование шаблона</translation>
    </message>
    <message>
        <source>Add Section %1</source>
        <translation>добавление раздела «%1»</translation>
    </message>
    <message>
        <source>Remove Section %1</source>
        <translation>удаление раздела «%1»</translation>
    </message>
    <message>
        <source>Move Section %1</source>
        <translation>перемещение раздела «%1»</translation>
    </message>
    <message>
        <source>Rename Section %1</source>
        <translation>переименование раздела «%1»</translation>
    </message>
    <message>
        <source>Change Type of %1</source>
        <translation>изменение типа раздела «%1»</translation>
    </message>
    <message>
        <source>Change Poles of %1</source>
        <translation>изменение полюсов шкалы «%1»</translation>
    </message>
    <message>
        <source>Change Figures of %1</source>
        <translation>изменение показателей раздела «%1»</translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation>импорт шаблона</translation>
    </message>
    <message>
        <source>Propose Personas</source>
        <translation>Предложить персоны</translation>
    </message>
    <message>
        <source>Restore Version of %1</source>
        <translation>восстановление версии от %1</translation>
    </message>
</context>
<context>
    <name>WooCommerceFormat</name>
    <message>
        <source>WooCommerce Analytics export (customers or orders)</source>
        <translation>Экспорт WooCommerce Analytics (клиенты или заказы)</translation>
    </message>
    <message>
        <source>A WooCommerce orders export needs the columns Date and Customer</source>
        <translation>В экспорте заказов WooCommerce должны быть столбцы Date и Customer</translation>
    </message>
    <message>
        <source>The header is neither that of a WooCommerce Analytics orders export (Date, Order #, Customer, Net Sales, ...) nor of its customers export (Name, Username, Sign Up, ...)</source>
        <translation>Заголовок не соответствует ни экспорту заказов WooCommerce Analytics (Date, Order #, Customer, Net Sales, ...), ни его экспорту клиентов (Name, Username, Sign Up, ...)</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook&apos;s XML is nested too deeply</source>
        <translation>В XML книги слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1</source>
        <translation>Книга повреждена: %1</translation>
    </message>
    <message>
        <source>The workbook is too large once uncompressed</source>
        <translation>Книга слишком велика после распаковки</translation>
    </message>
    <message>
        <source>The file is not a readable workbook (zip error %1)</source>
        <translation>Файл не является читаемой книгой Excel (ошибка zip %1)</translation>
    </message>
    <message>
        <source>The workbook has no worksheet</source>
        <translation>В книге нет ни одного листа</translation>
    </message>
    <message>
        <source>The workbook refers to a missing shared string</source>
        <translation>Книга ссылается на отсутствующую общую строку</translation>
    </message>
    <message>
        <source>The workbook&apos;s XML declares a document type (DTD), which workbooks never do</source>
        <translation>XML книги объявляет тип документа (DTD), чего книги Excel никогда не делают</translation>
    </message>
    <message>
        <source>The workbook refers to a part outside the archive: %1</source>
        <translation>Книга ссылается на часть за пределами архива: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Buyer personas from your own customer data.</source>
        <translation>Персоны покупателей на основе ваших собственных данных о клиентах.</translation>
    </message>
    <message>
        <source>Interface language: en, he or ru.</source>
        <translation>Язык интерфейса: en, he или ru.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Сохранить снимок окна в ФАЙЛ и выйти.</translation>
    </message>
    <message>
        <source>The project file to open.</source>
        <translation>Файл проекта, который нужно открыть.</translation>
    </message>
    <message>
        <source>Unsupported language: %1 (use en, he or ru)</source>
        <translation>Язык не поддерживается: %1 (используйте en, he или ru)</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>Не удаётся записать снимок экрана %1</translation>
    </message>
    <message>
        <source>Show the view NAME first: card, editor, comparison, journey, proposal, timeline or templates.</source>
        <translation>Сначала показать вид ИМЯ: card, editor, comparison, journey, proposal, timeline или templates.</translation>
    </message>
</context>
<context>
    <name>pw</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Archetype</source>
        <translation>Архетип</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Аватар</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
</context>
<context>
    <name>pw::CardView</name>
    <message>
        <source>No persona to show.
Import customer data and choose Personas &gt; Propose personas.</source>
        <translation>Нет персон для показа.
Импортируйте данные о клиентах и выберите «Персоны &gt; Предложить персоны».</translation>
    </message>
</context>
<context>
    <name>pw::ComparisonView</name>
    <message>
        <source>Figures to compare</source>
        <translation>Показатели для сравнения</translation>
    </message>
    <message>
        <source>Sections to compare</source>
        <translation>Разделы для сравнения</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>&amp;Показатели:</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>&amp;Разделы:</translation>
    </message>
</context>
<context>
    <name>pw::EditorController</name>
    <message>
        <source>&amp;Edit</source>
        <translation>Пр&amp;авка</translation>
    </message>
    <message>
        <source>&amp;New Persona</source>
        <translation>&amp;Новая персона</translation>
    </message>
    <message>
        <source>&amp;Duplicate Persona</source>
        <translation>&amp;Дублировать персону</translation>
    </message>
    <message>
        <source>De&amp;lete Persona</source>
        <translation>&amp;Удалить персону</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Переместить вни&amp;з</translation>
    </message>
    <message>
        <source>Edit &amp;Templates…</source>
        <translation>Редактировать &amp;шаблоны…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Persona Workbench</source>
        <translation>Persona Workbench</translation>
    </message>
    <message>
        <source>The change cannot be saved: %1</source>
        <translation>Не удаётся сохранить изменение: %1</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Версии…</translation>
    </message>
    <message>
        <source>Every version of the persona: compare two, restore one</source>
        <translation>Все версии персоны: сравнить две, восстановить одну</translation>
    </message>
</context>
<context>
    <name>pw::ExportController</name>
    <message>
        <source>Open or create a project first.</source>
        <translation>Сначала откройте или создайте проект.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the personas as a PDF or PowerPoint deck, card images or summaries</source>
        <translation>Экспортировать персоны в виде презентации PDF или PowerPoint, изображений карточек или сводок</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Exporting the personas…</source>
        <translation>Экспорт персон…</translation>
    </message>
    <message>
        <source>The export to %1 failed.

%2</source>
        <translation>Не удалось выполнить экспорт в %1.

%2</translation>
    </message>
    <message>
        <source>The export was written to %1.</source>
        <translation>Результат экспорта записан в %1.</translation>
    </message>
    <message>
        <source>The export was canceled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>The deck gets a page of what changed since run %1.</source>
        <translation>В презентацию войдёт страница о том, что изменилось с запуска %1.</translation>
    </message>
    <message>
        <source>The deck gets no &quot;What changed&quot; page: %1</source>
        <translation>Страницы «Что изменилось» в презентации не будет: %1</translation>
    </message>
    <message>
        <source>The last workshop</source>
        <translation>Прошлый воркшоп</translation>
    </message>
    <message>
        <source>The last workshop (%1)</source>
        <translation>Прошлый воркшоп (%1)</translation>
    </message>
    <message>
        <source>%1, %2 segments</source>
        <translation>%1, сегментов: %2</translation>
    </message>
    <message>
        <source>No &quot;What changed&quot; page</source>
        <translation>Без страницы «Что изменилось»</translation>
    </message>
    <message>
        <source>It shows what changed since run %1.</source>
        <translation>В ней показано, что изменилось с запуска %1.</translation>
    </message>
    <message>
        <source>Its run could not be noted as the last workshop&apos;s: %1</source>
        <translation>Её запуск не удалось отметить как запуск прошлого воркшопа: %1</translation>
    </message>
</context>
<context>
    <name>pw::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>PDF deck</source>
        <translation>Презентация PDF</translation>
    </message>
    <message>
        <source>PowerPoint deck (.pptx)</source>
        <translation>Презентация PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>A PNG image per card</source>
        <translation>Изображение PNG для каждой карточки</translation>
    </message>
    <message>
        <source>Persona summaries as JSON</source>
        <translation>Сводки по персонам в формате JSON</translation>
    </message>
    <message>
        <source>Persona summaries as CSV</source>
        <translation>Сводки по персонам в формате CSV</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Landscape (a page per sheet)</source>
        <translation>Альбомная (одна страница на листе)</translation>
    </message>
    <message>
        <source>Portrait (two pages per sheet)</source>
        <translation>Книжная (две страницы на листе)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> чел.</translation>
    </message>
    <message>
        <source>Segments with fewer people show no exact figures</source>
        <translation>Для сегментов, в которых меньше людей, точные показатели не выводятся</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Image &amp;width:</source>
        <translation>&amp;Ширина изображения:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ориентация:</translation>
    </message>
    <message>
        <source>&amp;Smallest segment with figures:</source>
        <translation>&amp;Минимальный сегмент с показателями:</translation>
    </message>
    <message>
        <source>&amp;Language of the export:</source>
        <translation>&amp;Язык экспорта:</translation>
    </message>
    <message>
        <source>Exports hold aggregates only, never a customer&apos;s identifiers.</source>
        <translation>Экспорт содержит только агрегированные данные и никогда — идентификаторы клиентов.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Ф&amp;айл:</translation>
    </message>
    <message>
        <source>Folder for the card images</source>
        <translation>Папка для изображений карточек</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Презентации PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Куда экспортировать</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Выберите, куда записать результат экспорта.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 — это файл, а не папка.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 — это папка: укажите имя файла.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message>
        <source>&amp;What changed since:</source>
        <translation>&amp;Что изменилось с:</translation>
    </message>
    <message>
        <source>The run the deck&apos;s &quot;What changed&quot; page compares the personas with</source>
        <translation>Запуск, с которым страница «Что изменилось» сравнивает персоны</translation>
    </message>
    <message>
        <source>The last workshop</source>
        <translation>Прошлый воркшоп</translation>
    </message>
    <message>
        <source>HTML deck for any browser (.html)</source>
        <translation>Презентация HTML для любого браузера (.html)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Веб-страницы (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>pw::FunnelChart</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>▼ %1 lost</source>
        <translation>▼ потеряно %1</translation>
    </message>
    <message>
        <source>▲ %1 more</source>
        <translation>▲ на %1 больше</translation>
    </message>
    <message>
        <source>median %1 h</source>
        <translation>медиана %1 ч</translation>
    </message>
    <message>
        <source>median %1 days</source>
        <translation>медиана %1 дн.</translation>
    </message>
</context>
<context>
    <name>pw::FunnelView</name>
    <message>
        <source>All personas side by side</source>
        <translation>Все персоны рядом</translation>
    </message>
    <message>
        <source>This persona against everyone else</source>
        <translation>Эта персона в сравнении со всеми остальными</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Export the people at this stage…</source>
        <translation>Экспортировать людей на этом этапе…</translation>
    </message>
    <message>
        <source>Open a project to see its journey funnels.</source>
        <translation>Откройте проект, чтобы увидеть его воронки пути клиента.</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Все остальные</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Этап: %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 go on to the next stage</source>
        <translation>переходят на следующий этап: %1</translation>
    </message>
    <message>
        <source>median %1 hours to the next</source>
        <translation>медиана до следующего этапа: %1 ч</translation>
    </message>
    <message>
        <source>time to convert: %1</source>
        <translation>время до конверсии: %1</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>Время до конверсии</translation>
    </message>
    <message>
        <source>Stage rules…</source>
        <translation>Правила этапов…</translation>
    </message>
    <message>
        <source>As of %1: the journeys as they were on that day</source>
        <translation>На %1: пути клиентов такими, какими они были в тот день</translation>
    </message>
</context>
<context>
    <name>pw::ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Сначала откройте или создайте проект.</translation>
    </message>
    <message>
        <source>Import Customer Data</source>
        <translation>Импорт данных о клиентах</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Файлы данных (*.csv *.tsv *.txt *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing customer data…</source>
        <translation>Импорт данных о клиентах…</translation>
    </message>
    <message>
        <source>The import was canceled; nothing was imported.</source>
        <translation>Импорт отменён, данные не импортированы.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Данные не импортированы.

%1</translation>
    </message>
    <message>
        <source>%1 of %2 rows imported.</source>
        <translation>Импортировано строк: %1 из %2.</translation>
    </message>
    <message>
        <source>%1 rows were rejected:</source>
        <translation>Отклонено строк: %1. Ошибки:</translation>
    </message>
    <message>
        <source>The personas are from the earlier data (%1 people). Propose personas again to take in what was imported; what you wrote on them is kept.</source>
        <translation>Персоны построены по прежним данным (людей: %1). Предложите персоны заново, чтобы учесть импортированное; всё, что вы в них написали, сохранится.</translation>
    </message>
    <message>
        <source>Propose Personas…</source>
        <translation>Предложить персоны…</translation>
    </message>
    <message>
        <source>This project is set to keep customers&apos; e-mail addresses and names readable instead of pseudonymising them. The setting is stored in the project file, perhaps by whoever sent it to you.</source>
        <translation>В этом проекте задано хранить адреса e-mail и имена клиентов в читаемом виде, а не псевдонимизировать их. Настройка хранится в файле проекта — возможно, её задал тот, кто прислал вам файл.</translation>
    </message>
    <message>
        <source>Keep e-mail addresses and names readable in this import?</source>
        <translation>Хранить адреса e-mail и имена в читаемом виде при этом импорте?</translation>
    </message>
    <message>
        <source>Pseudonymise</source>
        <translation>Псевдонимизировать</translation>
    </message>
    <message>
        <source>Keep Readable</source>
        <translation>Хранить читаемыми</translation>
    </message>
    <message>
        <source>E-mail addresses and names were kept readable.</source>
        <translation>Адреса e-mail и имена сохранены в читаемом виде.</translation>
    </message>
    <message>
        <source>E-mail addresses and names were pseudonymised.</source>
        <translation>Адреса e-mail и имена псевдонимизированы.</translation>
    </message>
</context>
<context>
    <name>pw::ImportWizard</name>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>What the file is, as detected. Change it if the detection is wrong.</source>
        <translation>Что это за файл, по результатам автоопределения. Если файл определён неверно, измените параметры.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>What each column is read as, and the first rows as they will be stored.</source>
        <translation>Как будет прочитан каждый столбец и как будут сохранены первые строки.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Every row checked before anything is written.</source>
        <translation>Все строки проверяются до того, как что-либо будет записано.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Кодировка текста:</translation>
    </message>
    <message>
        <source>Decide from the dates</source>
        <translation>Определить по датам</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Сначала день (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Сначала месяц (12/31/2024)</translation>
    </message>
    <message>
        <source>Dates like 03/04/2024:</source>
        <translation>Даты вида 03/04/2024:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Читать как</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>First rows as they will be stored:</source>
        <translation>Первые строки в том виде, в каком они будут сохранены:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value&apos;s column</source>
        <translation>Столбец значения</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Detected: %1, %2.</source>
        <translation>Определено: %1, %2.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>Excel workbook.</source>
        <translation>Книга Excel.</translation>
    </message>
    <message>
        <source>Encoding %1, columns separated by “%2”.</source>
        <translation>Кодировка %1, разделитель столбцов: «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s).</source>
        <translation>
            <numerusform>%n столбец.</numerusform>
            <numerusform>%n столбца.</numerusform>
            <numerusform>%n столбцов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recognised: %1</source>
        <translation>Не распознано: %1</translation>
    </message>
    <message>
        <source>Map the columns on the next page.</source>
        <translation>Сопоставьте столбцы на следующей странице.</translation>
    </message>
    <message>
        <source>A column mapping remembered for files of this shape is applied.</source>
        <translation>Применено сохранённое сопоставление столбцов для файлов такой структуры.</translation>
    </message>
    <message>
        <source>Choose what each column holds. Columns read as nothing are ignored.</source>
        <translation>Укажите, что содержит каждый столбец. Столбцы, для которых ничего не выбрано, пропускаются.</translation>
    </message>
    <message>
        <source>The %1 format reads these columns itself. To map them yourself, choose the generic format on the previous page.</source>
        <translation>Формат %1 сам определяет эти столбцы. Чтобы сопоставить их вручную, выберите универсальный формат на предыдущей странице.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ничего)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Этот файл невозможно импортировать: %1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 good, %3 with problems.</source>
        <translation>Прочитано строк: %1; корректных: %2, с проблемами: %3.</translation>
    </message>
    <message>
        <source>%1 rows without a customer are anonymous and will not be imported.</source>
        <translation>Строки без клиента анонимны и не будут импортированы: %1.</translation>
    </message>
    <message>
        <source>Rows with problems are skipped; the good rows are imported.</source>
        <translation>Строки с проблемами будут пропущены, корректные строки — импортированы.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверка всех строк…</translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>не импортируется</translation>
    </message>
</context>
<context>
    <name>pw::JourneyController</name>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Карта пути клиента</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>П&amp;уть клиента</translation>
    </message>
    <message>
        <source>Export Funnel Chart as &amp;PNG…</source>
        <translation>Экспорт воронки в &amp;PNG…</translation>
    </message>
    <message>
        <source>Computing the journey funnels…</source>
        <translation>Построение воронок пути клиента…</translation>
    </message>
    <message>
        <source>The funnel computation was canceled.</source>
        <translation>Построение воронки отменено.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Export Funnel Chart</source>
        <translation>Экспорт воронки</translation>
    </message>
    <message>
        <source>funnel.png</source>
        <translation>funnel.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the People at a Stage</source>
        <translation>Экспорт людей на этапе</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Journey Stage Rules</source>
        <translation>Правила этапов пути клиента</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>Время до конверсии</translation>
    </message>
    <message>
        <source>&amp;Stage Rules…</source>
        <translation>Правила &amp;этапов…</translation>
    </message>
    <message>
        <source>Export &amp;Time-to-Convert Chart as PNG…</source>
        <translation>Экспорт графика &amp;времени до конверсии в PNG…</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Все остальные</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Export Time-to-Convert Chart</source>
        <translation>Экспорт графика времени до конверсии</translation>
    </message>
    <message>
        <source>time-to-convert.png</source>
        <translation>time-to-convert.png</translation>
    </message>
    <message>
        <source>%1; the funnels show the rules as stored now, and this change was not saved.</source>
        <translation>%1; воронки показывают правила в том виде, в каком они сохранены сейчас, а это изменение не сохранено.</translation>
    </message>
    <message>
        <source>Another program changed the journey stage rules while you edited them; yours were not saved. Open the rules again to see them as stored now.</source>
        <translation>Другая программа изменила правила этапов пути, пока вы их редактировали; ваши правила не сохранены. Откройте правила снова, чтобы увидеть их в сохранённом виде.</translation>
    </message>
</context>
<context>
    <name>pw::JourneyMapModel</name>
    <message>
        <source>%1: the journey notes were read again and this change was not saved.</source>
        <translation>%1: заметки о пути прочитаны заново, а это изменение не сохранено.</translation>
    </message>
</context>
<context>
    <name>pw::LanguageController</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Applies when Persona Workbench next starts</source>
        <translation>Применяется при следующем запуске Persona Workbench</translation>
    </message>
    <message>
        <source>Persona Workbench will use %1 the next time it starts. Until then it stays in %2.</source>
        <translation>Язык «%1» будет применён при следующем запуске Persona Workbench. До тех пор остаётся «%2».</translation>
    </message>
    <message>
        <source>%1 (at the next start)</source>
        <translation>%1 (при следующем запуске)</translation>
    </message>
</context>
<context>
    <name>pw::MainWindow</name>
    <message>
        <source>Persona Workbench</source>
        <translation>Persona Workbench</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Персоны</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Persona Workbench</source>
        <translation>&amp;О программе Persona Workbench</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Нет открытого проекта</translation>
    </message>
    <message>
        <source>%1 people · %2 orders · revenue %3</source>
        <translation>Людей: %1 · заказов: %2 · выручка: %3</translation>
    </message>
    <message>
        <source>About Persona Workbench</source>
        <translation>О программе Persona Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Persona Workbench %1&lt;/h3&gt;&lt;p&gt;Turns your own customer data into buyer personas, on your own machine.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Persona Workbench %1&lt;/h3&gt;&lt;p&gt;Превращает ваши собственные данные о клиентах в персоны покупателей — прямо на вашем компьютере.&lt;/p&gt;&lt;p&gt;Распространяется на условиях GNU General Public License версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Путь клиента</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Редактирование</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Another program changed the project: the window shows it as it is now.</source>
        <translation>Другая программа изменила проект: окно показывает его в текущем виде.</translation>
    </message>
    <message>
        <source>The personas are from earlier data (%1 people): Personas › Propose Personas takes in the new data.</source>
        <translation>Персоны построены по прежним данным (людей: %1): Персоны › Предложить персоны учтёт новые данные.</translation>
    </message>
    <message>
        <source>Read-only (the file or its folder cannot be written): nothing can be changed.</source>
        <translation>Только чтение (файл или его папка защищены от записи): ничего нельзя изменить.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>A timeline of %1 runs was made: the personas are those of its last run.</source>
        <translation>Построена хронология из %1 запусков: персоны теперь те, что в её последнем запуске.</translation>
    </message>
    <message>
        <source>Undo steps that no longer apply were dropped.</source>
        <translation>Шаги отмены, которые больше не применимы, удалены.</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Propose Personas</source>
        <translation>Предложить персоны</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Counting people, orders and revenue…</source>
        <translation>Подсчёт людей, заказов и выручки…</translation>
    </message>
    <message>
        <source>The project&apos;s figures cannot be read.</source>
        <translation>Не удаётся прочитать показатели проекта.</translation>
    </message>
</context>
<context>
    <name>pw::PersonaDocument</name>
    <message numerus="yes">
        <source>Another program changed the project: undo steps that no longer apply were dropped (%n).</source>
        <translation>
            <numerusform>Другая программа изменила проект: %n шаг отмены больше не применим и удалён.</numerusform>
            <numerusform>Другая программа изменила проект: %n шага отмены больше не применимы и удалены.</numerusform>
            <numerusform>Другая программа изменила проект: %n шагов отмены больше не применимы и удалены.</numerusform>
        </translation>
    </message>
    <message>
        <source>its name</source>
        <translation>её имя</translation>
    </message>
    <message>
        <source>its archetype</source>
        <translation>её архетип</translation>
    </message>
    <message>
        <source>its segment and figures</source>
        <translation>её сегмент и показатели</translation>
    </message>
    <message>
        <source>its template</source>
        <translation>её шаблон</translation>
    </message>
    <message>
        <source>what is written on it</source>
        <translation>то, что в ней написано</translation>
    </message>
    <message>
        <source>its picture or colour</source>
        <translation>её изображение или цвет</translation>
    </message>
    <message>
        <source>something</source>
        <translation>что-то</translation>
    </message>
    <message>
        <source>Another program deleted “%1” while you were working on it: your change (%2) was not kept.</source>
        <translation>Другая программа удалила «%1», пока вы с ней работали: ваше изменение (%2) не сохранено.</translation>
    </message>
    <message>
        <source>Another program changed “%1” (%3) while you were working on it: your change (%2) was made again on the new version.</source>
        <translation>Другая программа изменила «%1» (%3), пока вы с ней работали: ваше изменение (%2) внесено заново в новую версию.</translation>
    </message>
    <message>
        <source>Another program changed “%1” (%3) while you were working on it: your change (%2) could not be saved: %4</source>
        <translation>Другая программа изменила «%1» (%3), пока вы с ней работали: ваше изменение (%2) не удалось сохранить: %4</translation>
    </message>
    <message>
        <source>it changed again</source>
        <translation>она снова изменилась</translation>
    </message>
    <message>
        <source>Another program changed “%1” (%3) while you were working on it, including what your change (%2) changes: theirs is kept and yours was not saved.</source>
        <translation>Другая программа изменила «%1» (%3), пока вы с ней работали, в том числе то, что меняет ваше изменение (%2): её версия сохранена, а ваша нет.</translation>
    </message>
    <message>
        <source>Another program changed “%1” (%3) while you were working on it: your change (%2) was not kept, since what it changed is no longer there.</source>
        <translation>Другая программа изменила «%1» (%3), пока вы с ней работали: ваше изменение (%2) не сохранено, потому что того, что оно меняло, больше нет.</translation>
    </message>
    <message>
        <source>Another program changed “%1” (%3) while you were working on it: it was not deleted (%2). Look at it again and delete it if you still want to.</source>
        <translation>Другая программа изменила «%1» (%3), пока вы с ней работали: персона не удалена (%2). Посмотрите на неё ещё раз и удалите, если всё ещё хотите.</translation>
    </message>
    <message>
        <source>Another program deleted “%1” already (%2).</source>
        <translation>Другая программа уже удалила «%1» (%2).</translation>
    </message>
    <message>
        <source>Another program changed the segmentation: the segment you chose is no longer there, and “%1” was not linked. The list shows the segments as they are now.</source>
        <translation>Другая программа изменила сегментацию: выбранного сегмента больше нет, и «%1» не привязана к нему. Список показывает сегменты в текущем виде.</translation>
    </message>
    <message>
        <source>The proposal of personas was not undone: %1. Nothing was changed.</source>
        <translation>Предложение персон не отменено: %1. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The proposal of personas was not made again: %1. Nothing was changed.</source>
        <translation>Предложение персон не применено повторно: %1. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Version %1 is not a version of this persona</source>
        <translation>Версия %1 не относится к этой персоне</translation>
    </message>
</context>
<context>
    <name>pw::PersonaForm</name>
    <message>
        <source>Choose a persona in the list, or create one with Personas › New Persona.</source>
        <translation>Выберите персону в списке или создайте новую: «Персоны › Новая персона».</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>&amp;Archetype:</source>
        <translation>&amp;Архетип:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>None (a proto-persona)</source>
        <translation>Нет (протоперсона)</translation>
    </message>
    <message>
        <source>Segment %1: %2 (%3 people)</source>
        <translation>Сегмент %1: %2 (%3 чел.)</translation>
    </message>
    <message>
        <source>Linked &amp;segment:</source>
        <translation>Связанный &amp;сегмент:</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Взять предложенное</translation>
    </message>
    <message>
        <source>Evidence of %1</source>
        <translation>Источник сведений для «%1»</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Теги через запятую</translation>
    </message>
    <message>
        <source>One point per line</source>
        <translation>По одному пункту в строке</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Инициалы</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Иллюстрация</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>Выбрать &amp;фото…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <source>No figures: this persona is not linked to a segment of the data.</source>
        <translation>Показателей нет: эта персона не связана с сегментом данных.</translation>
    </message>
    <message>
        <source>The journey funnel of the linked segment, computed from the data.</source>
        <translation>Воронка пути клиента для связанного сегмента, построенная по данным.</translation>
    </message>
    <message>
        <source>No journey: this persona is not linked to a segment of the data.</source>
        <translation>Пути клиента нет: эта персона не связана с сегментом данных.</translation>
    </message>
    <message>
        <source>Persona Colour</source>
        <translation>Цвет персоны</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Выбор фото</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>Не удаётся прочитать %1 как изображение: %2</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Выбрать изображение…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Удалить изображение</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Нет изображения</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>Файл %1 больше %2 МБ.</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>Выбор изображения</translation>
    </message>
</context>
<context>
    <name>pw::PersonaListModel</name>
    <message>
        <source>%1
%2 people, %3 of people, %4 of revenue</source>
        <translation>%1
%2 чел. · %3 людей · %4 выручки</translation>
    </message>
    <message>
        <source>%1 people · revenue: %2</source>
        <translation>%1 чел. · выручка: %2</translation>
    </message>
    <message>
        <source>%1 people · %2 of revenue</source>
        <translation>%1 чел. · %2 выручки</translation>
    </message>
</context>
<context>
    <name>pw::PersonaVersions</name>
    <message>
        <source>There is no version %1</source>
        <translation>Версии %1 нет</translation>
    </message>
    <message>
        <source>There is no persona %1</source>
        <translation>Персоны %1 нет</translation>
    </message>
    <message>
        <source>people who bought</source>
        <translation>купившие</translation>
    </message>
    <message>
        <source>buyers who ordered again</source>
        <translation>покупатели, заказавшие повторно</translation>
    </message>
    <message>
        <source>repeat buyers who lapsed</source>
        <translation>ушедшие постоянные покупатели</translation>
    </message>
    <message>
        <source>median order value</source>
        <translation>медианная сумма заказа</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>фото %1</translation>
    </message>
    <message>
        <source>run %1, segment %2</source>
        <translation>запуск %1, сегмент %2</translation>
    </message>
    <message>
        <source>Persona %1 of version %2 no longer exists</source>
        <translation>Персоны %1, к которой относится версия %2, больше нет</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Обновлена по данным</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлена</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>As it stood before (not recorded then)</source>
        <translation>Как было раньше (тогда не сохранено)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Изображение раздела «%1»</translation>
    </message>
</context>
<context>
    <name>pw::PresentationController</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Презентация</translation>
    </message>
    <message>
        <source>Copy &amp;Card</source>
        <translation>Копировать &amp;карточку</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Show the deck full screen, a persona per slide</source>
        <translation>Показать презентацию во весь экран, по одной персоне на слайд</translation>
    </message>
    <message>
        <source>Copy the shown card to the clipboard as an image</source>
        <translation>Скопировать показанную карточку в буфер обмена как изображение</translation>
    </message>
    <message>
        <source>Print the persona deck</source>
        <translation>Печать презентации персон</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>The deck cannot be read: %1</source>
        <translation>Не удаётся прочитать презентацию: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>Показ &amp;на экране</translation>
    </message>
    <message>
        <source>Automatic (another screen than the window&apos;s)</source>
        <translation>Автоматически (другой экран, не тот, где открыто окно)</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Экран %1: %2 (%3 × %4)</translation>
    </message>
</context>
<context>
    <name>pw::PresentationWindow</name>
    <message>
        <source>Presentation – %1</source>
        <translation>Презентация – %1</translation>
    </message>
</context>
<context>
    <name>pw::ProjectController</name>
    <message>
        <source>Persona projects (*.personas)</source>
        <translation>Проекты персон (*.personas)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Создать проект…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <source>The project %1 cannot be opened.

%2</source>
        <translation>Не удаётся открыть проект %1.

%2</translation>
    </message>
    <message>
        <source>%1 – Persona Workbench</source>
        <translation>%1 – Persona Workbench</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Демо-магазин</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Creating the demo store…</source>
        <translation>Создание демо-магазина…</translation>
    </message>
    <message>
        <source>The demo store cannot be created.

%1</source>
        <translation>Не удаётся создать демо-магазин.

%1</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation>Не удаётся заменить файл %1.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>%1 (read-only) – Persona Workbench</source>
        <translation>%1 (только чтение) – Persona Workbench</translation>
    </message>
    <message>
        <source>The project %1 holds objects that Persona Workbench did not create. They could change or hide your data whenever the project is written.</source>
        <translation>Проект %1 содержит объекты, которые Persona Workbench не создавал. Они могут изменять или скрывать ваши данные при каждой записи в проект.</translation>
    </message>
    <message>
        <source>Remove them and open the project? The file is changed only if you choose to remove them.</source>
        <translation>Удалить их и открыть проект? Файл изменится, только если вы решите их удалить.</translation>
    </message>
    <message>
        <source>Remove and Open</source>
        <translation>Удалить и открыть</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <source>Persona Workbench</source>
        <translation>Persona Workbench</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(не найден)</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Projects</source>
        <translation>&amp;Очистить список недавних</translation>
    </message>
</context>
<context>
    <name>pw::ProposalChange</name>
    <message>
        <source>Another program proposed personas since</source>
        <translation>Другая программа с тех пор предложила персоны</translation>
    </message>
    <message>
        <source>Another program added a persona since</source>
        <translation>Другая программа с тех пор добавила персону</translation>
    </message>
    <message>
        <source>Another program changed a persona since</source>
        <translation>Другая программа с тех пор изменила персону</translation>
    </message>
    <message>
        <source>Another program deleted a persona since</source>
        <translation>Другая программа с тех пор удалила персону</translation>
    </message>
    <message>
        <source>Another program merged or split its segments since</source>
        <translation>Другая программа с тех пор объединила или разделила её сегменты</translation>
    </message>
    <message>
        <source>Another program linked a persona to its segments since</source>
        <translation>Другая программа с тех пор связала персону с её сегментами</translation>
    </message>
    <message>
        <source>The proposal is stored already</source>
        <translation>Предложение уже сохранено</translation>
    </message>
</context>
<context>
    <name>pw::SankeyWidget</name>
    <message>
        <source>No people in these runs.</source>
        <translation>В этих запусках нет людей.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 people</source>
        <translation>%1 → %2: людей: %3</translation>
    </message>
</context>
<context>
    <name>pw::SegmentationController</name>
    <message>
        <source>Propose Personas</source>
        <translation>Предложить персоны</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Сначала откройте или создайте проект.</translation>
    </message>
    <message>
        <source>Proposing personas…</source>
        <translation>Подбор персон…</translation>
    </message>
    <message>
        <source>No personas could be proposed.

%1</source>
        <translation>Не удалось предложить персоны.

%1</translation>
    </message>
    <message>
        <source>%1 people were split into %2 personas (silhouette %3).</source>
        <translation>%1 чел. распределены по %2 персонам (коэффициент силуэта %3).</translation>
    </message>
    <message>
        <source>&amp;Propose Personas…</source>
        <translation>&amp;Предложить персоны…</translation>
    </message>
    <message>
        <source>%1 while this dialog was open: nothing was proposed and yours were not saved. Open Propose Personas again to see them as stored now.</source>
        <translation>%1, пока этот диалог был открыт: персоны не предложены, а ваши настройки не сохранены. Откройте «Предложить персоны» снова, чтобы увидеть их в сохранённом виде.</translation>
    </message>
</context>
<context>
    <name>pw::SegmentationDialog</name>
    <message>
        <source>Let the data choose, between</source>
        <translation>Подобрать по данным, от</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>Ровно</translation>
    </message>
    <message>
        <source>Propose Personas</source>
        <translation>Предложить персоны</translation>
    </message>
    <message>
        <source>Number of personas</source>
        <translation>Число персон</translation>
    </message>
    <message>
        <source>and</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Признак</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Behavioural features</source>
        <translation>Поведенческие признаки</translation>
    </message>
    <message>
        <source>Switch off what should not drive the personas; a weight of 2 counts a feature twice. Features the data cannot support are left out and reported.</source>
        <translation>Отключите признаки, которые не должны влиять на персоны; вес 2 означает, что признак учитывается дважды. Признаки, для которых не хватает данных, исключаются, и об этом выводится сообщение.</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Предложить</translation>
    </message>
    <message>
        <source>Personas already in the project are matched to the new segments: what you wrote on them is kept, and locked personas keep their archetype.</source>
        <translation>Персоны, уже имеющиеся в проекте, сопоставляются с новыми сегментами: всё, что вы в них написали, сохраняется, а закреплённые персоны сохраняют свой архетип.</translation>
    </message>
    <message>
        <source>Only the data up to and including</source>
        <translation>Только данные по</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>The project holds no dated orders or events.</source>
        <translation>В проекте нет заказов или событий с датой.</translation>
    </message>
    <message>
        <source>The personas as the store was on that day: what happened later is not read, and recency counts from it. Leave it off for all the data.</source>
        <translation>Персоны такими, каким магазин был в тот день: более поздние данные не читаются, давность покупки отсчитывается от этого дня. Оставьте выключенным, чтобы взять все данные.</translation>
    </message>
</context>
<context>
    <name>pw::SegmentationView</name>
    <message>
        <source>Personas</source>
        <translation>Персон</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Силуэт</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Стабильность</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Выбрано</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Соответствие</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Share of people</source>
        <translation>Доля людей</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Доля выручки</translation>
    </message>
    <message>
        <source>Median order value</source>
        <translation>Медианный чек</translation>
    </message>
    <message>
        <source>Median orders</source>
        <translation>Медиана заказов</translation>
    </message>
    <message>
        <source>What sets it apart (segment vs store average)</source>
        <translation>Чем выделяется (сегмент и среднее по магазину)</translation>
    </message>
    <message>
        <source>No proposal yet: choose Personas › Propose Personas to cluster the project&apos;s people.</source>
        <translation>Предложения пока нет: выберите «Персоны › Предложить персоны», чтобы кластеризовать людей проекта.</translation>
    </message>
    <message>
        <source>✔ chosen</source>
        <translation>✔ выбрано</translation>
    </message>
    <message>
        <source>%1 personas were chosen among %2 to %3: the smallest number whose people are stable across re-runs and separated nearly as well as the best (silhouette).</source>
        <translation>Выбрано персон: %1 (из вариантов от %2 до %3) — наименьшее число, при котором состав сегментов устойчив при перезапусках, а разделение почти не уступает лучшему (по коэффициенту силуэта).</translation>
    </message>
    <message>
        <source>%1 personas, as asked.</source>
        <translation>Персон: %1, как и запрошено.</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3 people, %4 features. %5</source>
        <translation>Запуск %1 от %2: людей — %3, признаков — %4. %5</translation>
    </message>
    <message>
        <source>%1: %2 vs %3</source>
        <translation>%1: %2 против %3</translation>
    </message>
    <message>
        <source>Not in the data, so left out: %1.</source>
        <translation>Исключены, так как отсутствуют в данных: %1.</translation>
    </message>
    <message>
        <source>The same for everyone, so left out: %1.</source>
        <translation>Исключены, так как одинаковы для всех: %1.</translation>
    </message>
    <message>
        <source>Switched off: %1.</source>
        <translation>Отключены: %1.</translation>
    </message>
    <message>
        <source>Revenue covered by the first personas</source>
        <translation>Доля выручки, которую дают первые персоны</translation>
    </message>
    <message>
        <source>Revenue covered</source>
        <translation>Охват выручки</translation>
    </message>
    <message>
        <source>90% rule of thumb</source>
        <translation>Эмпирическое правило 90%</translation>
    </message>
    <message>
        <source>Personas, by revenue</source>
        <translation>Персоны по выручке</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% выручки</translation>
    </message>
    <message>
        <source>Calinski–Harabasz</source>
        <translation>Калинский–Харабаш</translation>
    </message>
    <message>
        <source>Kinds of customer</source>
        <translation>Типы покупателей</translation>
    </message>
    <message>
        <source>Why this name</source>
        <translation>Почему такое имя</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>No revenue in the data: no share of it to cover</source>
        <translation>В данных нет выручки: нечего покрывать</translation>
    </message>
    <message>
        <source>Run %1 of %2, of the data as of %3: %4 people, %5 features. %6</source>
        <translation>Запуск %1 от %2, данные на %3: людей — %4, признаков — %5. %6</translation>
    </message>
</context>
<context>
    <name>pw::StageRulesDialog</name>
    <message>
        <source>Journey Stage Rules</source>
        <translation>Правила этапов пути клиента</translation>
    </message>
    <message>
        <source>A person is in a stage as soon as one of its criteria holds: enough events of the checked types, enough orders (cancelled ones do not count), or a review rated high enough.</source>
        <translation>Человек попадает на этап, как только выполняется один из его критериев: достаточно событий отмеченных типов, достаточно заказов (отменённые не учитываются) или отзыв с достаточно высокой оценкой.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Типы событий</translation>
    </message>
    <message>
        <source>At least … events</source>
        <translation>Не менее … событий</translation>
    </message>
    <message>
        <source>At least … orders</source>
        <translation>Не менее … заказов</translation>
    </message>
    <message>
        <source>Review rated at least</source>
        <translation>Отзыв с оценкой не ниже</translation>
    </message>
    <message>
        <source>or NPS at least</source>
        <translation>или NPS не ниже</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>любое событие</translation>
    </message>
    <message>
        <source>%1 (none held)</source>
        <translation>%1 (нет в данных)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Восстановить по умолчанию</translation>
    </message>
</context>
<context>
    <name>pw::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>A few seconds left in this step</source>
        <translation>До конца этого этапа несколько секунд</translation>
    </message>
    <message numerus="yes">
        <source>About %n seconds left in this step</source>
        <translation>
            <numerusform>До конца этого этапа около %n секунды</numerusform>
            <numerusform>До конца этого этапа около %n секунд</numerusform>
            <numerusform>До конца этого этапа около %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>About a minute left in this step</source>
        <translation>До конца этого этапа около минуты</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left in this step</source>
        <translation>
            <numerusform>До конца этого этапа около %n минуты</numerusform>
            <numerusform>До конца этого этапа около %n минут</numerusform>
            <numerusform>До конца этого этапа около %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>About an hour left in this step</source>
        <translation>До конца этого этапа около часа</translation>
    </message>
    <message numerus="yes">
        <source>About %n hours left in this step</source>
        <translation>
            <numerusform>До конца этого этапа около %n часа</numerusform>
            <numerusform>До конца этого этапа около %n часов</numerusform>
            <numerusform>До конца этого этапа около %n часов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::TemplateEditor</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Шаблоны:</translation>
    </message>
    <message>
        <source>&amp;Add Section</source>
        <translation>Доб&amp;авить раздел</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>У&amp;брать</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Built-in templates cannot be changed: duplicate one to make it your own.</source>
        <translation>Встроенные шаблоны изменить нельзя: создайте копию, чтобы настроить её под себя.</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>&amp;Разделы:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Left pole:</source>
        <translation>&amp;Левый полюс:</translation>
    </message>
    <message>
        <source>Ri&amp;ght pole:</source>
        <translation>П&amp;равый полюс:</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>По&amp;казатели:</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (встроенный)</translation>
    </message>
    <message>
        <source>The template cannot be saved: %1</source>
        <translation>Не удаётся сохранить шаблон: %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation>Экспорт шаблона</translation>
    </message>
    <message>
        <source>Persona templates (*.json)</source>
        <translation>Шаблоны персон (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation>Импорт шаблона</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Не удаётся импортировать %1: %2</translation>
    </message>
    <message>
        <source>The template cannot be saved</source>
        <translation>Не удаётся сохранить шаблон</translation>
    </message>
    <message>
        <source>%1. The templates were read again; your change was not saved.</source>
        <translation>%1. Шаблоны прочитаны заново; ваше изменение не сохранено.</translation>
    </message>
</context>
<context>
    <name>pw::TimeToConvertChart</name>
    <message numerus="yes">
        <source>%1 (%n buyers)</source>
        <translation>
            <numerusform>%1 (%n покупатель)</numerusform>
            <numerusform>%1 (%n покупателя)</numerusform>
            <numerusform>%1 (%n покупателей)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time from awareness to the first purchase</source>
        <translation>Время от осведомлённости до первой покупки</translation>
    </message>
    <message>
        <source>No data for: %1</source>
        <translation>Нет данных: %1</translation>
    </message>
    <message>
        <source>Share of the group&apos;s buyers</source>
        <translation>Доля покупателей группы</translation>
    </message>
</context>
<context>
    <name>pw::TimelineController</name>
    <message>
        <source>Make &amp;Timeline…</source>
        <translation>Построить &amp;хронологию…</translation>
    </message>
    <message>
        <source>Segment the data as of every month or quarter and show how the personas changed</source>
        <translation>Сегментировать данные на конец каждого месяца или квартала и показать, как менялись персоны</translation>
    </message>
    <message>
        <source>Make Timeline</source>
        <translation>Построить хронологию</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Сначала откройте или создайте проект.</translation>
    </message>
    <message>
        <source>The project is read-only (the file or its folder cannot be written): no timeline can be stored in it.</source>
        <translation>Проект только для чтения (файл или его папка недоступны для записи): сохранить в нём хронологию нельзя.</translation>
    </message>
    <message>
        <source>The project holds no dated orders or events: there is no timeline to make. Import orders or events with dates first.</source>
        <translation>В проекте нет заказов или событий с датами: хронологию построить не из чего. Сначала импортируйте заказы или события с датами.</translation>
    </message>
    <message>
        <source>Making the timeline…</source>
        <translation>Построение хронологии…</translation>
    </message>
    <message>
        <source>The timeline was cancelled: the project is as it was.</source>
        <translation>Построение хронологии отменено: проект остался прежним.</translation>
    </message>
    <message>
        <source>No timeline was made; the project is as it was.

%1</source>
        <translation>Хронология не построена; проект остался прежним.

%1</translation>
    </message>
</context>
<context>
    <name>pw::TimelineDialog</name>
    <message>
        <source>Make Timeline</source>
        <translation>Построить хронологию</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Каждый месяц</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Каждый квартал</translation>
    </message>
    <message>
        <source>The data is segmented as it stood at the end of every month or quarter, each run matched to the personas of the one before, so that you can see how the personas changed and where their people went. The data runs from %1 to %2.</source>
        <translation>Данные сегментируются в том виде, в каком они были на конец каждого месяца или квартала, и каждый запуск сопоставляется с персонами предыдущего — так видно, как менялись персоны и куда уходили их люди. Данные охватывают период с %1 по %2.</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Запуски:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;Personas per run, between:</source>
        <translation>&amp;Персон в запуске, от:</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>Первый день позже последнего.</translation>
    </message>
    <message>
        <source>No month ends between these dates: choose a longer period.</source>
        <translation>Между этими датами не заканчивается ни один месяц: выберите период подлиннее.</translation>
    </message>
    <message>
        <source>No quarter ends between these dates: choose a longer period.</source>
        <translation>Между этими датами не заканчивается ни один квартал: выберите период подлиннее.</translation>
    </message>
    <message>
        <source>One run, as of %1. A timeline of two runs or more shows movement.</source>
        <translation>Один запуск, на %1. Движение видно в хронологии из двух запусков и более.</translation>
    </message>
    <message>
        <source>%1 runs, as of %2 to %3. Each takes about as long as Propose Personas.</source>
        <translation>Запусков: %1, на даты с %2 по %3. Каждый занимает примерно столько же, сколько «Предложить персоны».</translation>
    </message>
</context>
<context>
    <name>pw::TimelineHistoryPanel</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Share of people</source>
        <translation>Доля людей</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Доля выручки</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Сумма заказа</translation>
    </message>
    <message>
        <source>Orders per person</source>
        <translation>Заказов на человека</translation>
    </message>
    <message>
        <source>Days since the last order</source>
        <translation>Дней с последнего заказа</translation>
    </message>
    <message>
        <source>How far a persona&apos;s profile must move from one run to the next to be flagged, in standard deviations of the store&apos;s people across the features together</source>
        <translation>Насколько профиль персоны должен сместиться от запуска к запуску, чтобы её отметить, — в стандартных отклонениях людей магазина по всем признакам вместе</translation>
    </message>
    <message>
        <source>Drift threshold</source>
        <translation>Порог сдвига</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Показатель:</translation>
    </message>
    <message>
        <source>&amp;Drift threshold:</source>
        <translation>&amp;Порог сдвига:</translation>
    </message>
    <message>
        <source>Figures per run</source>
        <translation>Показатели по запускам</translation>
    </message>
    <message>
        <source>Drift flags</source>
        <translation>Отметки сдвига</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Что сместилось</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>Остались</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1: drifted</source>
        <translation>%1: сдвиг</translation>
    </message>
    <message>
        <source>Not in this run</source>
        <translation>Нет в этом запуске</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Profile distance from the run before: no data</source>
        <translation>Расстояние профиля от предыдущего запуска: нет данных</translation>
    </message>
    <message>
        <source>Profile distance from the run before: %1</source>
        <translation>Расстояние профиля от предыдущего запуска: %1</translation>
    </message>
    <message>
        <source>Stayed from the run before: no data</source>
        <translation>Остались с предыдущего запуска: нет данных</translation>
    </message>
    <message>
        <source>Stayed from the run before: %1 %</source>
        <translation>Остались с предыдущего запуска: %1 %</translation>
    </message>
    <message>
        <source>Drifted past the threshold</source>
        <translation>Сдвиг выше порога</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>The features that moved most, in standard deviations of the store&apos;s people (before → after)</source>
        <translation>Признаки, сместившиеся сильнее всего, в стандартных отклонениях людей магазина (до → после)</translation>
    </message>
    <message>
        <source>The share of its people in the run before who are in it again</source>
        <translation>Доля её людей из предыдущего запуска, которые снова в ней</translation>
    </message>
    <message>
        <source>Drift is measured between consecutive runs: this timeline has one run.</source>
        <translation>Сдвиг измеряется между соседними запусками: в этой хронологии один запуск.</translation>
    </message>
    <message>
        <source>No persona moved as far as the threshold (%1) between two runs.</source>
        <translation>Ни одна персона не сместилась между двумя запусками до порога (%1).</translation>
    </message>
    <message>
        <source>Drift flags at threshold %1: %2. A persona is flagged on the run where its profile moved at least that far from the run before.</source>
        <translation>Отметки сдвига при пороге %1: %2. Персона отмечается в том запуске, где её профиль сместился от предыдущего запуска не меньше чем на столько.</translation>
    </message>
</context>
<context>
    <name>pw::TimelineMovementPanel</name>
    <message>
        <source>&amp;Export Customer IDs…</source>
        <translation>&amp;Экспорт идентификаторов клиентов…</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Из:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;В:</translation>
    </message>
    <message>
        <source>Flows between the runs</source>
        <translation>Потоки между запусками</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Share of from</source>
        <translation>Доля от исходной</translation>
    </message>
    <message>
        <source>Write the customer ids of the selected flow&apos;s people to a CSV file, e.g. for a win-back campaign</source>
        <translation>Записать идентификаторы клиентов выбранного потока в файл CSV, например для кампании по возврату клиентов</translation>
    </message>
    <message>
        <source>The flow&apos;s people</source>
        <translation>Люди потока</translation>
    </message>
    <message>
        <source>%1 · %2 personas</source>
        <translation>%1 · персон: %2</translation>
    </message>
    <message>
        <source>New to the store</source>
        <translation>Новые в магазине</translation>
    </message>
    <message>
        <source>Left the store</source>
        <translation>Ушли из магазина</translation>
    </message>
    <message>
        <source>Movement needs two runs.</source>
        <translation>Для движения нужны два запуска.</translation>
    </message>
    <message>
        <source>Choose two different runs.</source>
        <translation>Выберите два разных запуска.</translation>
    </message>
    <message>
        <source>%1 people then, %2 now.</source>
        <translation>Людей тогда: %1, теперь: %2.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Of the persona&apos;s people in the earlier run</source>
        <translation>Из людей персоны в более раннем запуске</translation>
    </message>
    <message>
        <source>Of the people new to the store</source>
        <translation>Из новых в магазине людей</translation>
    </message>
    <message>
        <source>Select a flow, in the table or in the diagram, to see what its people did.</source>
        <translation>Выберите поток в таблице или на диаграмме, чтобы увидеть, что делали его люди.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 people</source>
        <translation>%1 → %2: людей: %3</translation>
    </message>
    <message>
        <source>the data&apos;s end</source>
        <translation>конец данных</translation>
    </message>
    <message>
        <source>As of %1, the later run:</source>
        <translation>На %1, более поздний запуск:</translation>
    </message>
    <message>
        <source>As of %1, the earlier run (they are not in the later one):</source>
        <translation>На %1, более ранний запуск (в более позднем их нет):</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Покупали</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 из %2 (%3 %)</translation>
    </message>
    <message>
        <source>Orders per person</source>
        <translation>Заказов на человека</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Сумма заказа</translation>
    </message>
    <message>
        <source>Days since the last order</source>
        <translation>Дней с последнего заказа</translation>
    </message>
    <message>
        <source>Orders between the runs</source>
        <translation>Заказов между запусками</translation>
    </message>
    <message>
        <source>%1, by %2 of them</source>
        <translation>%1, сделали %2 из них</translation>
    </message>
    <message>
        <source>Select a flow first.</source>
        <translation>Сначала выберите поток.</translation>
    </message>
    <message>
        <source>Export Customer IDs</source>
        <translation>Экспорт идентификаторов клиентов</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 customer ids written to %2.</source>
        <translation>Идентификаторов клиентов записано в %2: %1.</translation>
    </message>
</context>
<context>
    <name>pw::TimelineView</name>
    <message>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>all the data (run %1)</source>
        <translation>все данные (запуск %1)</translation>
    </message>
    <message>
        <source>Make Timeline…</source>
        <translation>Построить хронологию…</translation>
    </message>
    <message>
        <source>Make Another Timeline…</source>
        <translation>Построить новую хронологию…</translation>
    </message>
    <message>
        <source>A new timeline replaces this one in the view; its runs stay in the project</source>
        <translation>Новая хронология заменит эту в окне; её запуски останутся в проекте</translation>
    </message>
    <message>
        <source>Each Persona&apos;s History</source>
        <translation>История каждой персоны</translation>
    </message>
    <message>
        <source>Movement Between Personas</source>
        <translation>Движение между персонами</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No timeline yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A timeline segments the data as it stood at the end of every month or quarter and matches each run to the personas of the one before. It shows how each persona&apos;s size and figures changed, which personas drifted, and how many people went from one persona to another, into the store and out of it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Хронологии пока нет.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Хронология сегментирует данные в том виде, в каком они были на конец каждого месяца или квартала, и сопоставляет каждый запуск с персонами предыдущего. Она показывает, как менялись размер и показатели каждой персоны, какие персоны сместились и сколько людей перешло от одной персоны к другой, пришло в магазин и ушло из него.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open or create a project to make a timeline.</source>
        <translation>Откройте или создайте проект, чтобы построить хронологию.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (до %2)</translation>
    </message>
    <message>
        <source>%1 runs, from %2 to %3, %4 personas.</source>
        <translation>Запусков: %1, с %2 по %3, персон: %4.</translation>
    </message>
</context>
<context>
    <name>pw::VersionsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>(the archetype&apos;s suggestion)</source>
        <translation>(предложение архетипа)</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Восстановить эту версию</translation>
    </message>
    <message>
        <source>Versions of the Persona</source>
        <translation>Версии персоны</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Select a version to compare it with the persona as it is now, or two (Ctrl+click) to compare them. Restore writes back what was written then (name, colour, archetype, picture, template and sections); the figures stay those of the current segmentation. Edit › Undo (Ctrl+Z) takes a restore back.</source>
        <translation>Выберите версию, чтобы сравнить её с персоной в нынешнем виде, или две (Ctrl+щелчок), чтобы сравнить их. Восстановление возвращает написанное тогда (имя, цвет, архетип, изображение, шаблон и разделы); показатели остаются показателями текущей сегментации. Правка › Отменить (Ctrl+Z) отменяет восстановление.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Writes back what was written in the selected version, as one undo step</source>
        <translation>Возвращает написанное в выбранной версии одним шагом отмены</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Версия %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Versions of “%1”</source>
        <translation>Версии «%1»</translation>
    </message>
    <message>
        <source>The persona is gone</source>
        <translation>Персоны больше нет</translation>
    </message>
    <message>
        <source>Not kept as a version yet</source>
        <translation>Ещё не сохранено как версия</translation>
    </message>
    <message>
        <source>Select one or two versions to compare.</source>
        <translation>Выберите одну или две версии для сравнения.</translation>
    </message>
    <message>
        <source>Select at most two versions to compare.</source>
        <translation>Выберите для сравнения не больше двух версий.</translation>
    </message>
    <message>
        <source>This is the persona as it is now.</source>
        <translation>Это персона в нынешнем виде.</translation>
    </message>
    <message>
        <source>Nothing differs: the two versions hold the same persona.</source>
        <translation>Различий нет: обе версии содержат одну и ту же персону.</translation>
    </message>
    <message>
        <source>evidence: %1 → %2</source>
        <translation>обоснование: %1 → %2</translation>
    </message>
    <message>
        <source>Figures that moved</source>
        <translation>Сдвинувшиеся показатели</translation>
    </message>
</context>
<context>
    <name>pw::WelcomePage</name>
    <message>
        <source>Opened today, %1</source>
        <translation>Открыт сегодня, %1</translation>
    </message>
    <message>
        <source>Opened yesterday, %1</source>
        <translation>Открыт вчера, %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыт %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Persona Workbench</source>
        <translation>Persona Workbench</translation>
    </message>
    <message>
        <source>Buyer personas from your own customer data, made on your own machine.</source>
        <translation>Персоны покупателей по данным ваших клиентов — прямо на вашем компьютере.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>Open the demo store</source>
        <translation>Открыть демо-магазин</translation>
    </message>
    <message>
        <source>A small shop with %1 customers: see how personas come out of real-looking data.</source>
        <translation>Небольшой магазин с %1 клиентов: посмотрите, как из реалистичных данных получаются персоны.</translation>
    </message>
    <message>
        <source>New project and import data…</source>
        <translation>Новый проект и импорт данных…</translation>
    </message>
    <message>
        <source>Create a project file, then bring in your customers and orders.</source>
        <translation>Создайте файл проекта и загрузите в него своих клиентов и заказы.</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Открыть проект…</translation>
    </message>
    <message>
        <source>A project file (.personas) made by you or a colleague.</source>
        <translation>Файл проекта (.personas), созданный вами или коллегой.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Недавние проекты</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>No recent projects yet. The demo store is a good place to look around.</source>
        <translation>Недавних проектов пока нет. Демо-магазин — хорошее место, чтобы осмотреться.</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Как это работает</translation>
    </message>
    <message>
        <source>Import your customers and orders</source>
        <translation>Импортируйте клиентов и заказы</translation>
    </message>
    <message>
        <source>CSV, TSV or Excel files from your shop, CRM or analytics. Names and e-mail addresses are pseudonymised on the way in; nothing leaves this computer.</source>
        <translation>Файлы CSV, TSV или Excel из магазина, CRM или системы аналитики. Имена и адреса e-mail псевдонимизируются при загрузке; ничто не покидает этот компьютер.</translation>
    </message>
    <message>
        <source>Let the engine propose 3–4 personas</source>
        <translation>Движок предложит 3–4 персоны</translation>
    </message>
    <message>
        <source>It groups your customers by how they buy and behave, and names each group after a buyer archetype, with the figures behind it.</source>
        <translation>Он группирует клиентов по тому, как они покупают и ведут себя, и называет каждую группу по архетипу покупателя — вместе с цифрами, на которых это основано.</translation>
    </message>
    <message>
        <source>Edit, present and export</source>
        <translation>Редактируйте, показывайте, экспортируйте</translation>
    </message>
    <message>
        <source>Write goals and pain points on the persona templates, then present the deck full screen or export it for the workshop.</source>
        <translation>Впишите цели и болевые точки в шаблоны персон, затем покажите презентацию на весь экран или экспортируйте её для воркшопа.</translation>
    </message>
    <message>
        <source>%1 is not there any more: it was moved, renamed or deleted.</source>
        <translation>%1 больше нет на месте: файл перемещён, переименован или удалён.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найден</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <source>Remove %1 from the list</source>
        <translation>Убрать %1 из списка</translation>
    </message>
    <message>
        <source>%1, not found</source>
        <translation>%1, не найден</translation>
    </message>
</context>
<context>
    <name>pw::cli</name>
    <message>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>There is no persona %1 (see persona-cli personas)</source>
        <translation>Персоны %1 нет (см. persona-cli personas)</translation>
    </message>
    <message>
        <source>A version is a version id (see persona-cli versions) or &apos;current&apos;, not &apos;%1&apos;</source>
        <translation>Версия — это номер версии (см. persona-cli versions) или &apos;current&apos;, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>There is no version %1 (see persona-cli versions --persona %2)</source>
        <translation>Версии %1 нет (см. persona-cli versions --persona %2)</translation>
    </message>
    <message>
        <source>Version %1 is a version of persona %2, not of persona %3</source>
        <translation>Версия %1 относится к персоне %2, а не к персоне %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>The persona (its id, see persona-cli personas).</source>
        <translation>Персона (её номер, см. persona-cli personas).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести результат в формате JSON.</translation>
    </message>
    <message>
        <source>The versions of a persona: every change (typing in one field is one), refresh, restore and undo, oldest first.</source>
        <translation>Версии персоны: каждое изменение (ввод в одно поле — одно изменение), обновление, восстановление и отмена, от старых к новым.</translation>
    </message>
    <message>
        <source>--persona takes a persona id (see persona-cli personas)</source>
        <translation>--persona принимает номер персоны (см. persona-cli personas)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалена)</translation>
    </message>
    <message>
        <source>Now (no version holds it yet)</source>
        <translation>Сейчас (ещё не сохранено как версия)</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>запуск %1</translation>
    </message>
    <message>
        <source>The earlier version (an id, or &apos;current&apos;).</source>
        <translation>Более ранняя версия (номер или &apos;current&apos;).</translation>
    </message>
    <message>
        <source>The later version (an id, or &apos;current&apos;, the default).</source>
        <translation>Более поздняя версия (номер или &apos;current&apos;, по умолчанию).</translation>
    </message>
    <message>
        <source>What changed between two versions of a persona: text of each section, figures moved.</source>
        <translation>Что изменилось между двумя версиями персоны: текст каждого раздела и сдвинувшиеся показатели.</translation>
    </message>
    <message>
        <source>--from takes a version id (see persona-cli versions)</source>
        <translation>--from принимает номер версии (см. persona-cli versions)</translation>
    </message>
    <message>
        <source>%1  %2: %3 → %4</source>
        <translation>%1  %2: %3 → %4</translation>
    </message>
    <message>
        <source>  No difference.</source>
        <translation>  Различий нет.</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>Показатели:</translation>
    </message>
    <message>
        <source>The version to restore (see persona-cli versions).</source>
        <translation>Версия для восстановления (см. persona-cli versions).</translation>
    </message>
    <message>
        <source>Restores what was written in a version of a persona (name, colour, archetype, picture, template and sections; the segment&apos;s figures stay as they are), keeping a new version.</source>
        <translation>Восстанавливает написанное в версии персоны (имя, цвет, архетип, изображение, шаблон и разделы; показатели сегмента не меняются) и сохраняет новую версию.</translation>
    </message>
    <message>
        <source>--version takes a version id (see persona-cli versions)</source>
        <translation>--version принимает номер версии (см. persona-cli versions)</translation>
    </message>
    <message>
        <source>Restored version %1 of persona %2 as version %3</source>
        <translation>Версия %1 персоны %2 восстановлена как версия %3</translation>
    </message>
</context>
</TS>
