<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <source>%1 people in the data</source>
        <translation>людей в данных: %1</translation>
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
        <source>Number of personas, or auto (3 or 4 chosen by silhouette).</source>
        <translation>Число персон или auto (3 или 4 — выбор по коэффициенту силуэта).</translation>
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
        <source>% of revenue</source>
        <translation>% выручки</translation>
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
        <source>nothing to export: give --pdf OUT and/or --png DIR</source>
        <translation>нечего экспортировать: укажите --pdf OUT и/или --png DIR</translation>
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
        <source>The files&apos; format: auto (default) or generic.</source>
        <translation>Формат файлов: auto (по умолчанию) или generic.</translation>
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
        <source>Write the feature matrix of the latest segmentation run, as clustered (transformed and standardised).</source>
        <translation>Записать матрицу признаков последнего запуска сегментации в том виде, в каком она кластеризовалась (преобразованную и стандартизированную).</translation>
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
        <source>export the persona cards as a PDF deck and PNGs</source>
        <translation>экспортировать карточки персон в презентацию PDF и файлы PNG</translation>
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
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Не удаётся записать файл: %1</translation>
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
        <source>The export was canceled</source>
        <translation>Экспорт отменён</translation>
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
</context>
<context>
    <name>KMeans</name>
    <message>
        <source>Clustering into %1 segments</source>
        <translation>Кластеризация (сегментов: %1)</translation>
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
</context>
<context>
    <name>Summary</name>
    <message>
        <source>The project cannot be read: %1</source>
        <translation>Не удаётся прочитать проект: %1</translation>
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
    <name>pw::ExportController</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Сначала откройте или создайте проект.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the persona deck…</source>
        <translation>Экспорт презентации персон…</translation>
    </message>
    <message>
        <source>The deck cannot be exported.

%1</source>
        <translation>Не удаётся экспортировать презентацию.

%1</translation>
    </message>
    <message>
        <source>The persona deck was written to %1.</source>
        <translation>Презентация персон сохранена в %1.</translation>
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
        <source>Persona Workbench will use %1 the next time it starts.</source>
        <translation>Язык «%1» будет применён при следующем запуске Persona Workbench.</translation>
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
</context>
<context>
    <name>pw::PersonaListModel</name>
    <message>
        <source>%1
%2 people, %3 of people, %4 of revenue</source>
        <translation>%1
%2 чел. · %3 людей · %4 выручки</translation>
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
        <source>Welcome to Persona Workbench</source>
        <translation>Добро пожаловать в Persona Workbench</translation>
    </message>
    <message>
        <source>There is no project yet. Open the demo store, a small shop with 3,000 customers, to see how personas come out of real-looking data?</source>
        <translation>Проектов пока нет. Открыть демо-магазин — небольшой магазин с 3000 клиентов, — чтобы увидеть, как из реалистичных данных получаются персоны?</translation>
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
</context>
<context>
    <name>pw::SegmentationController</name>
    <message>
        <source>&amp;Propose Personas</source>
        <translation>&amp;Предложить персоны</translation>
    </message>
    <message>
        <source>Propose Personas</source>
        <translation>Предложить персоны</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Сначала откройте или создайте проект.</translation>
    </message>
    <message>
        <source>The project&apos;s personas will be replaced by new ones proposed from the data. Continue?</source>
        <translation>Текущие персоны проекта будут заменены новыми, предложенными на основе данных. Продолжить?</translation>
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
</context>
</TS>
