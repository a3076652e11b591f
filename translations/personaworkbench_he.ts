<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>Bounds</name>
    <message>
        <source>…[cut]</source>
        <translation>…[נחתך]</translation>
    </message>
</context>
<context>
    <name>CanonicalSchema</name>
    <message>
        <source>Customer ID</source>
        <translation>מזהה לקוח</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>שם פרטי</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>שם משפחה</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>מגדר</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>גיל</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>תאריך לידה</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>מדינה</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>אזור</translation>
    </message>
    <message>
        <source>City</source>
        <translation>עיר</translation>
    </message>
    <message>
        <source>Sign-up date</source>
        <translation>תאריך הרשמה</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>ערוץ גיוס</translation>
    </message>
    <message>
        <source>Accepts marketing e-mail</source>
        <translation>מסכים לקבל דיוור שיווקי</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>מזהה הזמנה</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>תאריך הזמנה</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>סכום ההזמנה</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>הנחה</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>משלוח</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>מספר פריטים</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>מטבע</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>סטטוס הזמנה</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>קוד קופון</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>ערוץ מכירה</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>מכשיר</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>מק&quot;ט</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>שם מוצר</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>מחיר ליחידה</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>מזהה ביקור</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>מועד האירוע</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>סוג אירוע</translation>
    </message>
    <message>
        <source>Traffic source</source>
        <translation>מקור תנועה</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>עמוד</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>דירוג (1–5)</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS ‏(0–10)</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>תאריך הביקורת</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>מאפיין</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>suggested</source>
        <translation>מוצעת</translation>
    </message>
    <message>
        <source>Archetype: %1</source>
        <translation>ארכיטיפ: %1</translation>
    </message>
    <message>
        <source>of people</source>
        <translation>מהאנשים</translation>
    </message>
    <message>
        <source>of revenue</source>
        <translation>מההכנסות</translation>
    </message>
    <message>
        <source>people</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>average order value</source>
        <translation>ערך הזמנה ממוצע</translation>
    </message>
    <message>
        <source>orders per person</source>
        <translation>הזמנות לאדם</translation>
    </message>
    <message>
        <source>orders with a discount</source>
        <translation>הזמנות בהנחה</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>מסע הלקוח</translation>
    </message>
    <message>
        <source>data period %1</source>
        <translation>תקופת הנתונים: %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>פרויקט: %1</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>מטרות</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>מניעים</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>נקודות כאב</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>תסכולים</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ערוצים</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>מה לעשות</translation>
    </message>
    <message>
        <source>Buyer personas</source>
        <translation>פרסונות של קונים</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>פרסונות: %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>אנשים: %1</translation>
    </message>
    <message>
        <source>%1 of people, %2 of revenue</source>
        <translation>%1 מהאנשים, %2 מההכנסות</translation>
    </message>
    <message>
        <source>from data</source>
        <translation>מהנתונים</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>השערה</translation>
    </message>
    <message>
        <source>research</source>
        <translation>מחקר</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>ציטוט</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>מדדי מפתח</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>דמוגרפיה</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>אישיות</translation>
    </message>
    <message>
        <source>Price or quality</source>
        <translation>מחיר או איכות</translation>
    </message>
    <message>
        <source>Planner or impulsive</source>
        <translation>מתכנן או אימפולסיבי</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>תחומי עניין</translation>
    </message>
    <message>
        <source>Buying behaviour</source>
        <translation>התנהגות קנייה</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>תפקיד</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>חברה</translation>
    </message>
    <message>
        <source>Buying committee</source>
        <translation>צוות הרכש</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>שיקולים בהחלטה</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>התנגדויות</translation>
    </message>
    <message>
        <source>Early adopter or risk-averse</source>
        <translation>מאמץ מוקדם או נמנע מסיכון</translation>
    </message>
    <message>
        <source>Price-driven</source>
        <translation>מונחה מחיר</translation>
    </message>
    <message>
        <source>Quality-driven</source>
        <translation>מונחה איכות</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>מתכנן</translation>
    </message>
    <message>
        <source>Impulsive</source>
        <translation>אימפולסיבי</translation>
    </message>
    <message>
        <source>Early adopter</source>
        <translation>מאמץ מוקדם</translation>
    </message>
    <message>
        <source>Risk-averse</source>
        <translation>נמנע מסיכון</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>הכנסות</translation>
    </message>
    <message>
        <source>days since the last order</source>
        <translation>ימים מאז ההזמנה האחרונה</translation>
    </message>
    <message>
        <source>carts abandoned</source>
        <translation>עגלות נטושות</translation>
    </message>
    <message>
        <source>archetype fit</source>
        <translation>התאמה לארכיטיפ</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ועוד %n</numerusform>
            <numerusform>… ועוד %n</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>אין נתונים</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 אנשים</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>פחות מ-%1</translation>
    </message>
    <message>
        <source>channel mix</source>
        <translation>תמהיל ערוצים</translation>
    </message>
    <message>
        <source>top categories</source>
        <translation>קטגוריות מובילות</translation>
    </message>
    <message>
        <source>%1 people segmented</source>
        <translation>%1 אנשים חולקו לפלחים</translation>
    </message>
    <message>
        <source>personas from earlier data</source>
        <translation>פרסונות מנתונים קודמים</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>לא תקין</translation>
    </message>
</context>
<context>
    <name>CardFunnel</name>
    <message>
        <source>no data</source>
        <translation>אין נתונים</translation>
    </message>
    <message>
        <source>▲ %1 more</source>
        <translation>▲ %1 יותר</translation>
    </message>
    <message>
        <source>▼ %1 lost</source>
        <translation>▼ %1 נשרו</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Accessories</source>
        <translation>אביזרים</translation>
    </message>
    <message>
        <source>Apparel</source>
        <translation>ביגוד</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>טיפוח ויופי</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>ספרים</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>ביגוד</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>אלקטרוניקה</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>מזון</translation>
    </message>
    <message>
        <source>Footwear</source>
        <translation>הנעלה</translation>
    </message>
    <message>
        <source>Garden</source>
        <translation>גינה</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>בריאות</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>בית</translation>
    </message>
    <message>
        <source>Jewelry</source>
        <translation>תכשיטים</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>ילדים</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>נעליים</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>ספורט</translation>
    </message>
    <message>
        <source>Toys</source>
        <translation>צעצועים</translation>
    </message>
</context>
<context>
    <name>ChangePage</name>
    <message>
        <source>Left out, as chosen.</source>
        <translation>הושמט, כפי שנבחר.</translation>
    </message>
    <message>
        <source>The project has no segmentation run yet.</source>
        <translation>בפרויקט אין עדיין הרצת פילוח.</translation>
    </message>
    <message>
        <source>No deck of this project was exported or presented before; the next deck will show what changed since this one.</source>
        <translation>מצגת של פרויקט זה עוד לא יוצאה או הוצגה; המצגת הבאה תראה מה השתנה מאז זו.</translation>
    </message>
    <message>
        <source>The personas are still those of the last workshop&apos;s deck (run %1).</source>
        <translation>הפרסונות עדיין אלה של המצגת מהסדנה האחרונה (הרצה %1).</translation>
    </message>
    <message>
        <source>The run of the last workshop&apos;s deck (run %1) is no longer in the project.</source>
        <translation>ההרצה של המצגת מהסדנה האחרונה (הרצה %1) כבר אינה בפרויקט.</translation>
    </message>
    <message>
        <source>The last workshop&apos;s deck (run %1) is of a later run than this deck&apos;s.</source>
        <translation>המצגת מהסדנה האחרונה (הרצה %1) היא של הרצה מאוחרת מזו של מצגת זו.</translation>
    </message>
    <message>
        <source>Run %1 is the deck&apos;s own run: there is nothing to compare.</source>
        <translation>הרצה %1 היא ההרצה של המצגת עצמה: אין מה להשוות.</translation>
    </message>
    <message>
        <source>Run %1 is later than the deck&apos;s run %2: choose an earlier run.</source>
        <translation>הרצה %1 מאוחרת מהרצה %2 של המצגת: בחרו הרצה מוקדמת יותר.</translation>
    </message>
    <message>
        <source>Run %1 kept no record of its personas.</source>
        <translation>הרצה %1 לא שמרה את הפרסונות שלה.</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>A change of a share in percentage points, e.g. &quot;+2.5 pp&quot;</extracomment>
        <translation>%1 נק׳ אחוז</translation>
    </message>
    <message>
        <source>new persona</source>
        <translation>פרסונה חדשה</translation>
    </message>
    <message>
        <source>no longer a persona</source>
        <translation>כבר אינה פרסונה</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>הייתה %1</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>אז %1</translation>
    </message>
    <message>
        <source>Each figure now, its change and then. Segments and flows of fewer than %1 people show no exact figures.</source>
        <translation>בכל תא: הנתון עכשיו, השינוי והנתון אז. פלחים ומעברים של פחות מ-%1 אנשים מוצגים ללא נתונים מדויקים.</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>אז: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>עכשיו: %1</translation>
    </message>
    <message>
        <source>What changed since the last workshop</source>
        <translation>מה השתנה מאז הסדנה האחרונה</translation>
    </message>
    <message>
        <source>What changed since %1</source>
        <translation>מה השתנה מאז %1</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>הרצה %1 · %2</translation>
    </message>
    <message>
        <source>%1 people then, %2 now</source>
        <translation>%1 אנשים אז, %2 עכשיו</translation>
    </message>
    <message>
        <source>%1 people stayed with their persona.</source>
        <translation>%1 אנשים נשארו בפרסונה שלהם.</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3.</source>
        <translation>%1 עברו מ־%2 אל %3.</translation>
    </message>
    <message>
        <source>Nobody moved from one persona to another.</source>
        <translation>איש לא עבר מפרסונה לפרסונה.</translation>
    </message>
    <message>
        <source>%1 came into the store, %2 left it.</source>
        <translation>%1 הצטרפו לחנות, %2 עזבו אותה.</translation>
    </message>
    <message>
        <source>No people in either run</source>
        <translation>אין אנשים באף אחת מההרצות</translation>
    </message>
    <message>
        <source>came into the store</source>
        <translation>הצטרפו לחנות</translation>
    </message>
    <message>
        <source>left the store</source>
        <translation>עזבו את החנות</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Web</source>
        <translation>אתר</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>אפליקציה</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>חנות פיזית</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>מרקטפלייס</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>מובייל</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>דסקטופ</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>טאבלט</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>ישיר</translation>
    </message>
    <message>
        <source>Organic search</source>
        <translation>חיפוש אורגני</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>חיפוש ממומן</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>רשתות חברתיות</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>הפניות</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The project file (NAME.personas).</source>
        <translation>קובץ הפרויקט (NAME.personas).</translation>
    </message>
    <message>
        <source>--project FILE is required</source>
        <translation>חובה לציין --project FILE</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>לא ניתן לכתוב את הקובץ: %1</translation>
    </message>
    <message>
        <source>Language of names and labels: en, he or ru.</source>
        <translation>שפת השמות והתוויות: en, he או ru.</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (en, he or ru)</source>
        <translation>שפה לא מוכרת &apos;%1&apos; (en, he או ru)</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>זרע אקראי (ברירת המחדל: 42).</translation>
    </message>
    <message>
        <source>k-means restarts (default 10).</source>
        <translation>מספר ההרצות החוזרות של k-means (ברירת המחדל: 10).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>פלט בפורמט JSON.</translation>
    </message>
    <message>
        <source>Propose personas by clustering everyone in the project.</source>
        <translation>הצעת פרסונות על ידי חלוקת כל האנשים בפרויקט לאשכולות.</translation>
    </message>
    <message>
        <source>--k takes auto or a number from 2 to 12, not &apos;%1&apos;</source>
        <translation>הערך של --k חייב להיות auto או מספר בין 2 ל-12, ולא &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>הערך של --seed חייב להיות מספר שלם</translation>
    </message>
    <message>
        <source>--restarts takes a number of at least 1</source>
        <translation>הערך של --restarts חייב להיות מספר של 1 ומעלה</translation>
    </message>
    <message>
        <source>%1 personas from %2 people (silhouette %3)</source>
        <translation>%1 פרסונות מתוך %2 אנשים (מדד צללית %3)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>List the project&apos;s personas.</source>
        <translation>הצגת רשימת הפרסונות של הפרויקט.</translation>
    </message>
    <message>
        <source>of revenue</source>
        <translation>מההכנסות</translation>
    </message>
    <message>
        <source>Journey funnels for everyone and per persona.</source>
        <translation>משפכי מסע הלקוח לכלל האנשים ולכל פרסונה בנפרד.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>כולם</translation>
    </message>
    <message>
        <source>Write the PDF deck to this file.</source>
        <translation>שמירת מצגת ה-PDF בקובץ הזה.</translation>
    </message>
    <message>
        <source>Write one PNG per persona card into this folder.</source>
        <translation>שמירת קובץ PNG אחד לכל כרטיס פרסונה בתיקייה הזו.</translation>
    </message>
    <message>
        <source>Width of each PNG in pixels (default 1920).</source>
        <translation>רוחב כל קובץ PNG בפיקסלים (ברירת המחדל: 1920).</translation>
    </message>
    <message>
        <source>Export the persona cards.</source>
        <translation>ייצוא כרטיסי הפרסונות.</translation>
    </message>
    <message>
        <source>--png-width takes a number of pixels from 200 to 10000</source>
        <translation>הערך של --png-width חייב להיות מספר פיקסלים בין 200 ל-10000</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>התקדמות</translation>
    </message>
    <message>
        <source>Create a project from the bundled demo store, clustered.</source>
        <translation>יצירת פרויקט מחנות ההדגמה המצורפת, כשהפילוח כבר מוכן.</translation>
    </message>
    <message>
        <source>%1 exists already; the demo is only written into a new project</source>
        <translation>%1 כבר קיים; ההדגמה נכתבת רק לפרויקט חדש</translation>
    </message>
    <message>
        <source>skip (default): import the good rows and report the bad ones; abort: the first bad row fails the whole import.</source>
        <translation>skip (ברירת המחדל): ייבוא השורות התקינות ודיווח על השורות השגויות; abort: השורה השגויה הראשונה מכשילה את כל הייבוא.</translation>
    </message>
    <message>
        <source>Print progress on standard error.</source>
        <translation>הצגת ההתקדמות בפלט השגיאות התקני (stderr).</translation>
    </message>
    <message>
        <source>Write every bad row (file, line, column, reason) to this CSV.</source>
        <translation>כתיבת כל שורה שגויה (קובץ, שורה, עמודה, סיבה) לקובץ ה-CSV הזה.</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>הקבצים לייבוא.</translation>
    </message>
    <message>
        <source>Import files into a project (created if missing).</source>
        <translation>ייבוא קבצים לפרויקט (הפרויקט ייווצר אם אינו קיים).</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>אין קובץ לייבוא</translation>
    </message>
    <message>
        <source>--on-error takes skip or abort, not &apos;%1&apos;</source>
        <translation>הערך של --on-error חייב להיות skip או abort, ולא &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>הקובץ אינו קיים</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>דילוג</translation>
    </message>
    <message>
        <source>... and %1 more bad rows</source>
        <translation>... ועוד %1 שורות שגויות</translation>
    </message>
    <message>
        <source>imported %1 rows (%2), rejected %3, in %4 s</source>
        <translation>יובאו %1 שורות (%2), נדחו %3, תוך %4 שניות</translation>
    </message>
    <message>
        <source>What the project holds.</source>
        <translation>מה יש בפרויקט.</translation>
    </message>
    <message>
        <source>people:     %1</source>
        <translation>אנשים:      %1</translation>
    </message>
    <message>
        <source>customers:  %1</source>
        <translation>לקוחות:     %1</translation>
    </message>
    <message>
        <source>buyers:     %1</source>
        <translation>קונים:      %1</translation>
    </message>
    <message>
        <source>orders:     %1</source>
        <translation>הזמנות:     %1</translation>
    </message>
    <message>
        <source>events:     %1</source>
        <translation>אירועים:    %1</translation>
    </message>
    <message>
        <source>reviews:    %1</source>
        <translation>ביקורות:    %1</translation>
    </message>
    <message>
        <source>revenue:    %1</source>
        <translation>הכנסות:     %1</translation>
    </message>
    <message>
        <source>period:     %1 – %2</source>
        <translation>תקופה:      %1 – %2</translation>
    </message>
    <message>
        <source>personas:   %1</source>
        <translation>פרסונות:    %1</translation>
    </message>
    <message>
        <source>imports:    %1</source>
        <translation>ייבואים:    %1</translation>
    </message>
    <message>
        <source>Write the table to this CSV file.</source>
        <translation>כתיבת הטבלה לקובץ ה-CSV הזה.</translation>
    </message>
    <message>
        <source>--csv OUT is required</source>
        <translation>חובה לציין --csv OUT</translation>
    </message>
    <message>
        <source>Write customer_id,persona (the persona&apos;s id) for every person of the latest segmentation run.</source>
        <translation>כתיבת customer_id,persona (מזהה הפרסונה) לכל אדם בהרצת הפילוח האחרונה.</translation>
    </message>
    <message>
        <source>create a project from the bundled demo store, clustered</source>
        <translation>יצירת פרויקט מחנות ההדגמה המצורפת, כשהפילוח כבר מוכן</translation>
    </message>
    <message>
        <source>import data files into a project</source>
        <translation>ייבוא קובצי נתונים לפרויקט</translation>
    </message>
    <message>
        <source>propose personas by clustering everyone</source>
        <translation>הצעת פרסונות על ידי חלוקת כל האנשים לאשכולות</translation>
    </message>
    <message>
        <source>what the project holds</source>
        <translation>מה יש בפרויקט</translation>
    </message>
    <message>
        <source>list the personas</source>
        <translation>רשימת הפרסונות</translation>
    </message>
    <message>
        <source>write customer_id,persona per person</source>
        <translation>כתיבת customer_id,persona לכל אדם</translation>
    </message>
    <message>
        <source>write the feature matrix as clustered</source>
        <translation>כתיבת מטריצת המאפיינים כפי ששימשה לחלוקה לאשכולות</translation>
    </message>
    <message>
        <source>journey funnels for everyone and per persona</source>
        <translation>משפכי מסע הלקוח לכלל האנשים ולכל פרסונה בנפרד</translation>
    </message>
    <message>
        <source>Usage: persona-cli COMMAND --project FILE [options]</source>
        <translation>שימוש: persona-cli COMMAND --project FILE [אפשרויות]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>פקודות:</translation>
    </message>
    <message>
        <source>Run &apos;persona-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>להצגת האפשרויות של פקודה יש להריץ &apos;persona-cli COMMAND --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (run persona-cli --help)</source>
        <translation>פקודה לא מוכרת &apos;%1&apos; (יש להריץ persona-cli --help)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a persona id (see persona-cli personas)</source>
        <translation>&apos;%1&apos; אינו מזהה של פרסונה (ראו persona-cli personas)</translation>
    </message>
    <message>
        <source>Smallest k tried by --k auto (2 to 8, default 3).</source>
        <translation>ה-k הקטן ביותר שנבדק עם --k auto (בין 2 ל-8, ברירת המחדל: 3).</translation>
    </message>
    <message>
        <source>Largest k tried by --k auto (2 to 8, default 4).</source>
        <translation>ה-k הגדול ביותר שנבדק עם --k auto (בין 2 ל-8, ברירת המחדל: 4).</translation>
    </message>
    <message>
        <source>Comma-separated features to cluster on (the others are switched off); saved in the project.</source>
        <translation>המאפיינים לפילוח, מופרדים בפסיקים (כל השאר מושבתים); נשמר בפרויקט.</translation>
    </message>
    <message>
        <source>A feature&apos;s weight, e.g. monetary=2 (repeatable); saved in the project.</source>
        <translation>משקל של מאפיין, למשל monetary=2 (אפשר לחזור על האפשרות); נשמר בפרויקט.</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>מספר תהליכוני העבודה (ברירת המחדל: אחד לכל ליבה).</translation>
    </message>
    <message>
        <source>Bootstrap re-runs per k for the stability score (default 3).</source>
        <translation>מספר הרצות ה-bootstrap החוזרות לכל k לחישוב ציון היציבות (ברירת המחדל: 3).</translation>
    </message>
    <message>
        <source>--k-min and --k-max take numbers from 2 to 8, the first not above the second</source>
        <translation>הערכים של --k-min ושל --k-max חייבים להיות מספרים בין 2 ל-8, והראשון לא גדול מהשני</translation>
    </message>
    <message>
        <source>--threads takes a whole number</source>
        <translation>הערך של --threads חייב להיות מספר שלם</translation>
    </message>
    <message>
        <source>--stability-runs takes a whole number</source>
        <translation>הערך של --stability-runs חייב להיות מספר שלם</translation>
    </message>
    <message>
        <source>unknown feature &apos;%1&apos; (known: %2)</source>
        <translation>מאפיין לא מוכר &apos;%1&apos; (המאפיינים המוכרים: %2)</translation>
    </message>
    <message>
        <source>--weight takes KEY=NUMBER, not &apos;%1&apos;</source>
        <translation>הערך של --weight חייב להיות KEY=NUMBER, ולא &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show this run only.</source>
        <translation>הצגת ההרצה הזו בלבד.</translation>
    </message>
    <message>
        <source>List the project&apos;s segmentation runs, newest first.</source>
        <translation>הצגת רשימת הרצות הפילוח של הפרויקט, מהחדשה לישנה.</translation>
    </message>
    <message>
        <source>run %1  %2  k=%3  %4 people  silhouette %5  stability %6</source>
        <translation>הרצה %1  %2  k=%3  %4 אנשים  מדד צללית %5  יציבות %6</translation>
    </message>
    <message>
        <source>The persona that stays.</source>
        <translation>הפרסונה שנשארת.</translation>
    </message>
    <message>
        <source>The persona merged into it.</source>
        <translation>הפרסונה שממוזגת לתוכה.</translation>
    </message>
    <message>
        <source>Merge one persona&apos;s segment into another&apos;s.</source>
        <translation>מיזוג הפלח של פרסונה אחת לתוך הפלח של פרסונה אחרת.</translation>
    </message>
    <message>
        <source>merge takes two persona ids</source>
        <translation>הפקודה merge מקבלת שני מזהי פרסונות</translation>
    </message>
    <message>
        <source>The persona to split.</source>
        <translation>הפרסונה לפיצול.</translation>
    </message>
    <message>
        <source>Split a persona&apos;s segment in two.</source>
        <translation>פיצול הפלח של פרסונה לשניים.</translation>
    </message>
    <message>
        <source>split takes one persona id</source>
        <translation>הפקודה split מקבלת מזהה פרסונה אחד</translation>
    </message>
    <message>
        <source>The persona to lock.</source>
        <translation>הפרסונה לנעילה.</translation>
    </message>
    <message>
        <source>Unlock it instead.</source>
        <translation>ביטול הנעילה במקום זאת.</translation>
    </message>
    <message>
        <source>Lock a persona so that refreshes keep it.</source>
        <translation>נעילת פרסונה כך שתישמר בעדכונים הבאים.</translation>
    </message>
    <message>
        <source>lock takes one persona id</source>
        <translation>הפקודה lock מקבלת מזהה פרסונה אחד</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>אין נתונים</translation>
    </message>
    <message>
        <source>to next:</source>
        <translation>לשלב הבא:</translation>
    </message>
    <message>
        <source>median</source>
        <translation>חציון</translation>
    </message>
    <message>
        <source>Write the customer ids of the people at this stage (with --csv).</source>
        <translation>כתיבת מזהי הלקוח של האנשים בשלב הזה (יחד עם --csv).</translation>
    </message>
    <message>
        <source>With --people: only this persona&apos;s people (its id).</source>
        <translation>יחד עם --people: רק האנשים של הפרסונה הזו (לפי המזהה שלה).</translation>
    </message>
    <message>
        <source>With --people: the CSV file to write.</source>
        <translation>יחד עם --people: קובץ ה-CSV לכתיבה.</translation>
    </message>
    <message>
        <source>Print the project&apos;s stage rules as JSON.</source>
        <translation>הצגת הכללים של שלבי המסע בפרויקט בפורמט JSON.</translation>
    </message>
    <message>
        <source>Store the stage rules of this JSON file in the project.</source>
        <translation>שמירת הכללים של שלבי המסע מקובץ ה-JSON הזה בפרויקט.</translation>
    </message>
    <message>
        <source>Go back to the default stage rules.</source>
        <translation>חזרה לכללי ברירת המחדל של שלבי המסע.</translation>
    </message>
    <message>
        <source>--people and --csv go together</source>
        <translation>יש לציין את --people ואת --csv יחד</translation>
    </message>
    <message>
        <source>--persona needs a persona id</source>
        <translation>האפשרות --persona דורשת מזהה פרסונה</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>לא ניתן לקרוא את %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Number of personas, or auto (chosen between --k-min and --k-max by silhouette and stability).</source>
        <translation>מספר הפרסונות, או auto (נבחר בין הערך של --k-min לערך של --k-max לפי מדד הצללית והיציבות).</translation>
    </message>
    <message>
        <source>The text encoding of files without a byte order mark (e.g. windows-1255); detected when not given.</source>
        <translation>קידוד הטקסט של קבצים ללא סימן סדר בתים (BOM), למשל windows-1255; אם לא צוין, הקידוד מזוהה אוטומטית.</translation>
    </message>
    <message>
        <source>How to read dates like 03/04/2024: auto (default, decided from the whole column), dmy or mdy.</source>
        <translation>איך לקרוא תאריכים כמו 03/04/2024: auto (ברירת המחדל, לפי העמודה כולה), dmy או mdy.</translation>
    </message>
    <message>
        <source>--date-order takes auto, dmy or mdy, not &apos;%1&apos;</source>
        <translation>הערך של --date-order חייב להיות auto, dmy או mdy, ולא &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 anonymous rows (no customer) were not imported</source>
        <translation>%1 שורות אנונימיות (ללא לקוח) לא יובאו</translation>
    </message>
    <message>
        <source>list the segmentation runs, or show one</source>
        <translation>הצגת רשימת הרצות הפילוח, או הרצה אחת</translation>
    </message>
    <message>
        <source>merge one persona&apos;s segment into another&apos;s</source>
        <translation>מיזוג הפלח של פרסונה אחת לתוך הפלח של אחרת</translation>
    </message>
    <message>
        <source>split a persona&apos;s segment in two</source>
        <translation>פיצול הפלח של פרסונה לשניים</translation>
    </message>
    <message>
        <source>lock a persona so that refreshes keep it (or --unlock)</source>
        <translation>נעילת פרסונה כך שתישמר בעדכונים (או --unlock)</translation>
    </message>
    <message>
        <source>Paper of the PDF: a4 or letter (default a4).</source>
        <translation>גודל הנייר של קובץ ה-PDF: a4 או letter (ברירת המחדל: a4).</translation>
    </message>
    <message>
        <source>landscape (a page per sheet, default) or portrait (two pages per sheet).</source>
        <translation>landscape (עמוד אחד בכל גיליון, ברירת המחדל) או portrait (שני עמודים בכל גיליון).</translation>
    </message>
    <message>
        <source>Segments with fewer people show no exact figures (default 10).</source>
        <translation>בפלחים עם פחות אנשים מזה לא יוצגו נתונים מדויקים (ברירת המחדל: 10).</translation>
    </message>
    <message>
        <source>Write the persona summaries as JSON to this file.</source>
        <translation>שמירת סיכומי הפרסונות בפורמט JSON בקובץ הזה.</translation>
    </message>
    <message>
        <source>Write the persona summaries as CSV to this file.</source>
        <translation>שמירת סיכומי הפרסונות בפורמט CSV בקובץ הזה.</translation>
    </message>
    <message>
        <source>--page-size takes a4 or letter</source>
        <translation>הערך של --page-size חייב להיות a4 או letter</translation>
    </message>
    <message>
        <source>--orientation takes landscape or portrait</source>
        <translation>הערך של --orientation חייב להיות landscape או portrait</translation>
    </message>
    <message>
        <source>--min-segment takes a number of people, 0 or more</source>
        <translation>הערך של --min-segment חייב להיות מספר אנשים, 0 ומעלה</translation>
    </message>
    <message>
        <source>Write the deck as a PowerPoint presentation (.pptx) to this file.</source>
        <translation>שמירת המצגת בפורמט PowerPoint (.pptx) בקובץ הזה.</translation>
    </message>
    <message>
        <source>The files&apos; format: auto (default), generic, shopify, woocommerce, online-retail, olist, rees46, ga4 or features.</source>
        <translation>פורמט הקבצים: auto (ברירת המחדל), generic, shopify, woocommerce, online-retail, olist, rees46, ga4 או features.</translation>
    </message>
    <message>
        <source>export the persona cards as a PDF or PowerPoint deck and PNGs</source>
        <translation>ייצוא כרטיסי הפרסונות כמצגת PDF או PowerPoint וכקובצי PNG</translation>
    </message>
    <message>
        <source>%1 %2 merged into earlier rows</source>
        <translation>%1 %2 מוזגו לשורות קודמות</translation>
    </message>
    <message>
        <source>%1 identical %2 skipped</source>
        <translation>%1 %2 זהים דולגו</translation>
    </message>
    <message>
        <source>(%1 anonymous)</source>
        <translation>(%1 אנונימיות)</translation>
    </message>
    <message>
        <source>Name a feature imported per person (a feature table&apos;s column) as you want it read, e.g. BounceRates=&quot;Bounce rate&quot; (repeatable; an empty label goes back to the one made from the column&apos;s name); saved in the project.</source>
        <translation>שם משלך למאפיין שיובא לכל אדם (עמודה של טבלת מאפיינים), למשל BounceRates=&quot;Bounce rate&quot; (אפשר לחזור על האפשרות; תווית ריקה מחזירה את השם שנגזר משם העמודה); נשמר בפרויקט.</translation>
    </message>
    <message>
        <source>List the features imported per person: column, label, and whether it is read as conversion.</source>
        <translation>הצגת המאפיינים שיובאו לכל אדם: עמודה, תווית, והאם היא נקראת כהמרה.</translation>
    </message>
    <message>
        <source>Write the feature matrix of the latest segmentation run, as clustered (transformed and standardised), and label imported features.</source>
        <translation>כתיבת מטריצת המאפיינים של הרצת הפילוח האחרונה, כפי ששימשה לחלוקה לאשכולות (לאחר טרנספורמציה ותקנון), ומתן תוויות למאפיינים שיובאו.</translation>
    </message>
    <message>
        <source>--csv OUT, --label NAME=TEXT or --labels is required</source>
        <translation>חובה לציין --csv OUT, --label NAME=TEXT או --labels</translation>
    </message>
    <message>
        <source>--label takes NAME=TEXT, not &apos;%1&apos;</source>
        <translation>הערך של --label חייב להיות NAME=TEXT, ולא &apos;%1&apos;</translation>
    </message>
    <message>
        <source>(read as conversion, not clustered)</source>
        <translation>(נקראת כהמרה, לא משמשת לחלוקה לאשכולות)</translation>
    </message>
    <message>
        <source>(your label)</source>
        <translation>(התווית שלך)</translation>
    </message>
    <message>
        <source>The project is read-only (the file or its folder cannot be written), and this command changes it: copy it to a folder you can write to</source>
        <translation>הפרויקט לקריאה בלבד (אי אפשר לכתוב לקובץ או לתיקייה שלו), והפקודה הזו משנה אותו: העתיקו אותו לתיקייה שאפשר לכתוב אליה</translation>
    </message>
    <message>
        <source>figures invalid (recomputed by the next cluster)</source>
        <translation>נתונים לא תקינים (יחושבו מחדש בהרצת cluster הבאה)</translation>
    </message>
    <message>
        <source>Keep e-mails and names readable in this project (by default they are pseudonymised); needed on every import into a project that keeps them.</source>
        <translation>שמירת כתובות דוא״ל ושמות קריאים בפרויקט הזה (כברירת מחדל הם עוברים התממה); נדרש בכל ייבוא לפרויקט ששומר אותם.</translation>
    </message>
    <message>
        <source>Pseudonymise e-mails and names from now on, in a project that kept them readable.</source>
        <translation>התממת כתובות דוא״ל ושמות מעתה והלאה, בפרויקט ששמר אותם קריאים.</translation>
    </message>
    <message>
        <source>--keep-identifiers and --pseudonymise exclude each other</source>
        <translation>‏--keep-identifiers ו-‏--pseudonymise אינם יכולים לבוא יחד</translation>
    </message>
    <message>
        <source>the project file asks to keep e-mail addresses and names readable; nothing was imported. Import with --keep-identifiers to keep them readable, or with --pseudonymise to pseudonymise them</source>
        <translation>קובץ הפרויקט מבקש לשמור כתובות דוא״ל ושמות קריאים; שום דבר לא יובא. ייבאו עם ‎--keep-identifiers כדי לשמור אותם קריאים, או עם ‎--pseudonymise כדי להתמים אותם</translation>
    </message>
    <message>
        <source>e-mail addresses and names: kept readable (--keep-identifiers)</source>
        <translation>כתובות דוא״ל ושמות: נשמרו קריאים (‎--keep-identifiers)</translation>
    </message>
    <message>
        <source>e-mail addresses and names: pseudonymised</source>
        <translation>כתובות דוא״ל ושמות: עברו התממה</translation>
    </message>
    <message>
        <source>no revenue data</source>
        <translation>אין נתוני הכנסות</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>הערך של --%1 חייב להיות תאריך בתבנית YYYY-MM-DD, לא &apos;%2&apos;</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>נכון ל-%1</translation>
    </message>
    <message>
        <source>Segment the data up to and including this date (YYYY-MM-DD): recency counts from it, people who came later are left out.</source>
        <translation>פילוח הנתונים עד התאריך הזה כולל (YYYY-MM-DD): הזמן מאז הפעילות האחרונה נספר ממנו, ומי שהגיעו אחריו אינם נכללים.</translation>
    </message>
    <message>
        <source>%1 personas from %2 people as of %3 (silhouette %4)</source>
        <translation>%1 פרסונות מתוך %2 אנשים, נכון ל-%3 (מדד צללית %4)</translation>
    </message>
    <message>
        <source>One run per month or per quarter.</source>
        <translation>הרצה אחת לכל חודש או לכל רבעון.</translation>
    </message>
    <message>
        <source>First day considered (YYYY-MM-DD; default: the data&apos;s first date).</source>
        <translation>היום הראשון שנלקח בחשבון (YYYY-MM-DD; ברירת המחדל: התאריך הראשון בנתונים).</translation>
    </message>
    <message>
        <source>Last day considered (YYYY-MM-DD; default: the data&apos;s last date).</source>
        <translation>היום האחרון שנלקח בחשבון (YYYY-MM-DD; ברירת המחדל: התאריך האחרון בנתונים).</translation>
    </message>
    <message>
        <source>Segment the data as of the end of every month or quarter, matching each run to the personas of the one before.</source>
        <translation>פילוח הנתונים נכון לסוף כל חודש או רבעון, תוך התאמת כל הרצה לפרסונות של ההרצה שלפניה.</translation>
    </message>
    <message>
        <source>--every takes month or quarter</source>
        <translation>הערך של --every חייב להיות month או quarter</translation>
    </message>
    <message>
        <source>The project holds no dated orders or events: there is no timeline to make</source>
        <translation>אין בפרויקט הזמנות או אירועים עם תאריך: אין ממה לבנות ציר זמן</translation>
    </message>
    <message>
        <source>No month or quarter ends between %1 and %2</source>
        <translation>אף חודש או רבעון לא מסתיים בין %1 ל-%2</translation>
    </message>
    <message>
        <source>as of %1: run %2, %3 personas from %4 people</source>
        <translation>נכון ל-%1: הרצה %2, %3 פרסונות מתוך %4 אנשים</translation>
    </message>
    <message>
        <source>one run as of the end of every month or quarter, matched to the same personas</source>
        <translation>הרצה אחת נכון לסוף כל חודש או רבעון, מותאמת לאותן פרסונות</translation>
    </message>
    <message>
        <source>(outside the store)</source>
        <translation>(מחוץ לחנות)</translation>
    </message>
    <message>
        <source>Profile distance from one run to the next that flags a persona as drifted (standard deviations; default 0.5).</source>
        <translation>מרחק הפרופיל בין הרצה להרצה שבעקבותיה שבו פרסונה מסומנת כפרסונה שנסחפה (בסטיות תקן; ברירת המחדל: 0.5).</translation>
    </message>
    <message>
        <source>Each persona&apos;s figures over the runs of the latest timeline (and the runs after it), with the profile distance between consecutive runs.</source>
        <translation>הנתונים של כל פרסונה לאורך ההרצות של ציר הזמן האחרון (וההרצות שאחריו), עם מרחק הפרופיל בין הרצות עוקבות.</translation>
    </message>
    <message>
        <source>--threshold takes a positive number</source>
        <translation>‏--threshold מקבל מספר חיובי</translation>
    </message>
    <message>
        <source>The project has not been clustered yet</source>
        <translation>עדיין לא בוצע פילוח בפרויקט</translation>
    </message>
    <message>
        <source>  %1  run %2  %3 people (%4 %)</source>
        <translation>  %1  הרצה %2  %3 אנשים (%4 %)</translation>
    </message>
    <message>
        <source>  distance %1  stayed %2 %</source>
        <translation>  מרחק %1  נשארו %2 %</translation>
    </message>
    <message>
        <source>DRIFT (%1)</source>
        <translation>סחיפה (%1)</translation>
    </message>
    <message>
        <source>The earlier run.</source>
        <translation>ההרצה המוקדמת.</translation>
    </message>
    <message>
        <source>The later run.</source>
        <translation>ההרצה המאוחרת.</translation>
    </message>
    <message>
        <source>Write the flows as CSV (with --flow: that flow&apos;s customer ids).</source>
        <translation>כתיבת הזרימות כ-CSV (עם ‎--flow: מזהי הלקוחות של אותה זרימה).</translation>
    </message>
    <message>
        <source>One flow, FROM:TO persona ids (&apos;none&apos; for outside the store), for --csv.</source>
        <translation>זרימה אחת, מזהי פרסונות FROM:TO ‏(‘none’ למחוץ לחנות), עבור ‎--csv.</translation>
    </message>
    <message>
        <source>How many people went from each persona of one run to each persona of another.</source>
        <translation>כמה אנשים עברו מכל פרסונה של הרצה אחת לכל פרסונה של הרצה אחרת.</translation>
    </message>
    <message>
        <source>--from and --to take run ids (see persona-cli runs)</source>
        <translation>‏--from ו-‎--to מקבלים מזהי הרצות (ראו persona-cli runs)</translation>
    </message>
    <message>
        <source>--flow takes FROM:TO, persona ids or &apos;none&apos; (not both)</source>
        <translation>‏--flow מקבל FROM:TO, מזהי פרסונות או ‘none’ (לא שניהם)</translation>
    </message>
    <message>
        <source>--flow needs --csv OUT</source>
        <translation>‏--flow דורש ‎--csv OUT</translation>
    </message>
    <message>
        <source>%1 customer ids written to %2</source>
        <translation>%1 מזהי לקוחות נכתבו אל %2</translation>
    </message>
    <message>
        <source>From run %1 (%2, %3 people) to run %4 (%5, %6 people):</source>
        <translation>מהרצה %1 ‏(%2, %3 אנשים) להרצה %4 ‏(%5, %6 אנשים):</translation>
    </message>
    <message>
        <source>each persona&apos;s figures over the timeline, with drift</source>
        <translation>הנתונים של כל פרסונה לאורך ציר הזמן, עם סחיפה</translation>
    </message>
    <message>
        <source>how many people went from each persona to each other between two runs</source>
        <translation>כמה אנשים עברו מכל פרסונה לכל פרסונה אחרת בין שתי הרצות</translation>
    </message>
    <message>
        <source>The run the deck&apos;s &quot;What changed&quot; page compares with: a run id, last-workshop (the run of the last exported or presented deck, the default) or none (no such page).</source>
        <translation>ההרצה שאליה משווה עמוד &quot;מה השתנה&quot; במצגת: מזהה הרצה, last-workshop (ההרצה של המצגת האחרונה שיוצאה או הוצגה, ברירת המחדל) או none (בלי עמוד כזה).</translation>
    </message>
    <message>
        <source>--since takes a run id (see persona-cli runs), last-workshop or none</source>
        <translation>‏--since מקבל מזהה הרצה (ראו persona-cli runs), ‏last-workshop או none</translation>
    </message>
    <message>
        <source>the deck has no &quot;What changed&quot; page: %1</source>
        <translation>אין במצגת עמוד &quot;מה השתנה&quot;: %1</translation>
    </message>
    <message>
        <source>the versions of a persona: every change, refresh and restore</source>
        <translation>הגרסאות של פרסונה: כל שינוי, עדכון ושחזור</translation>
    </message>
    <message>
        <source>what changed between two versions of a persona</source>
        <translation>מה השתנה בין שתי גרסאות של פרסונה</translation>
    </message>
    <message>
        <source>restore a version of a persona</source>
        <translation>שחזור גרסה של פרסונה</translation>
    </message>
    <message>
        <source>Write the deck as one self-contained HTML page to this file (opens in any browser, prints a page per sheet).</source>
        <translation>כתיבת המצגת כדף HTML יחיד ועצמאי לקובץ זה (נפתח בכל דפדפן, מודפס עמוד לכל גיליון).</translation>
    </message>
    <message>
        <source>nothing to export: give --pdf OUT, --pptx OUT, --html OUT, --png DIR, --json OUT and/or --csv OUT</source>
        <translation>אין מה לייצא: יש לציין --pdf OUT, --pptx OUT, --html OUT, --png DIR, --json OUT ו/או --csv OUT</translation>
    </message>
    <message>
        <source>The SQL dialect: %1.</source>
        <translation>ניב ה-SQL: ‏%1.</translation>
    </message>
    <message>
        <source>Write the SQL to this file (default: standard output).</source>
        <translation>כתיבת ה-SQL לקובץ זה (ברירת מחדל: הפלט התקני).</translation>
    </message>
    <message>
        <source>The table the SQL creates (default: %1).</source>
        <translation>הטבלה שה-SQL יוצר (ברירת מחדל: %1).</translation>
    </message>
    <message>
        <source>The segmentation run whose personas to assign (see runs).</source>
        <translation>הרצת הפילוח שאת הפרסונות שלה יש לשייך (ראו runs).</translation>
    </message>
    <message>
        <source>Write SQL that computes every person&apos;s features in your own warehouse from the canonical tables (customers, orders, order_items, events, reviews): a feature table to import. Switched-off features are left out.</source>
        <translation>כתיבת SQL שמחשב את המאפיינים של כל אדם במחסן הנתונים שלך מהטבלאות הקנוניות (customers, orders, order_items, events, reviews): טבלת מאפיינים לייבוא. מאפיינים מכובים אינם נכללים.</translation>
    </message>
    <message>
        <source>Write SQL that gives every person in your own warehouse the persona of a run: customer_id, persona_id, persona_name.</source>
        <translation>כתיבת SQL שנותן לכל אדם במחסן הנתונים שלך את הפרסונה של הרצה: customer_id, persona_id, persona_name.</translation>
    </message>
    <message>
        <source>--dialect takes one of %1</source>
        <translation>‏--dialect מקבל אחד מאלה: %1</translation>
    </message>
    <message>
        <source>--table takes a table name of letters, digits and underscores (schema.table allowed), not &apos;%1&apos;</source>
        <translation>‏--table מקבל שם טבלה מאותיות, ספרות וקווים תחתונים (מותר schema.table), לא &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--run RUN (a run&apos;s number, see runs) is required</source>
        <translation>נדרש ‎--run RUN (מספר הרצה, ראו runs)</translation>
    </message>
    <message>
        <source>recipe takes features or assign: persona-cli recipe features --project P --dialect NAME, persona-cli recipe assign --project P --run RUN --dialect NAME</source>
        <translation>‏recipe מקבל features או assign: ‏persona-cli recipe features --project P --dialect NAME, ‏persona-cli recipe assign --project P --run RUN --dialect NAME</translation>
    </message>
    <message>
        <source>The feature table (CSV or TSV, UTF-8, the id first).</source>
        <translation>טבלת המאפיינים (CSV או TSV, ‏UTF-8, המזהה ראשון).</translation>
    </message>
    <message>
        <source>Write the sample to this CSV file.</source>
        <translation>כתיבת המדגם לקובץ CSV זה.</translation>
    </message>
    <message>
        <source>Rows in the sample (default 1000000).</source>
        <translation>שורות במדגם (ברירת מחדל 1000000).</translation>
    </message>
    <message>
        <source>Seed of the random choice (default 1).</source>
        <translation>זרע הבחירה האקראית (ברירת מחדל 1).</translation>
    </message>
    <message>
        <source>Read a feature table of any size once and write a uniform random sample of its rows, to import and cluster; memory is bounded by the sample.</source>
        <translation>קריאה אחת של טבלת מאפיינים בכל גודל וכתיבת מדגם אקראי אחיד של שורותיה, לייבוא ולאשכול; הזיכרון מוגבל בגודל המדגם.</translation>
    </message>
    <message>
        <source>--table FILE and --out OUT are required</source>
        <translation>נדרשים ‎--table FILE ו-‎--out OUT</translation>
    </message>
    <message>
        <source>--size takes a number of rows (at least 1), --seed a number</source>
        <translation>‏--size מקבל מספר שורות (לפחות 1), ‏--seed מקבל מספר</translation>
    </message>
    <message>
        <source>read %1 rows, kept %2</source>
        <translation>נקראו %1 שורות, נשמרו %2</translation>
    </message>
    <message>
        <source>The run whose segments to count (default: the latest).</source>
        <translation>ההרצה שאת הפלחים שלה יש לספור (ברירת מחדל: האחרונה).</translation>
    </message>
    <message>
        <source>Read a feature table of any size once and count the rows nearest to each persona of a run (clustered on a sample of it).</source>
        <translation>קריאה אחת של טבלת מאפיינים בכל גודל וספירת השורות הקרובות ביותר לכל פרסונה של הרצה (שאושכלה על מדגם ממנה).</translation>
    </message>
    <message>
        <source>--table FILE is required</source>
        <translation>נדרש ‎--table FILE</translation>
    </message>
    <message>
        <source>--run takes a run&apos;s number (see runs)</source>
        <translation>‏--run מקבל מספר הרצה (ראו runs)</translation>
    </message>
    <message>
        <source>write SQL for your warehouse: everyone&apos;s features, or everyone&apos;s persona of a run</source>
        <translation>כתיבת SQL למחסן הנתונים שלך: המאפיינים של כולם, או הפרסונה של כל אחד לפי הרצה</translation>
    </message>
    <message>
        <source>write a uniform random sample of a feature table of any size</source>
        <translation>כתיבת מדגם אקראי אחיד של טבלת מאפיינים בכל גודל</translation>
    </message>
    <message>
        <source>count every row of a feature table of any size per persona of a run</source>
        <translation>ספירת כל שורה של טבלת מאפיינים בכל גודל לפי פרסונה של הרצה</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>The personas side by side</source>
        <translation>הפרסונות זו לצד זו</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>לא ניתן לקרוא את הקובץ: %1</translation>
    </message>
    <message>
        <source>The text encoding %1 is not supported</source>
        <translation>קידוד הטקסט %1 אינו נתמך</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file</source>
        <translation>שדה שנפתח במירכאות לא נסגר עד סוף הקובץ</translation>
    </message>
    <message>
        <source>A record is longer than %1 MiB (a quote left open or a missing line break?)</source>
        <translation>רשומה ארוכה מ-%1 MiB (מירכאה שלא נסגרה או שבירת שורה חסרה?)</translation>
    </message>
    <message>
        <source>The field holds a NUL character: this is not a text table, or its encoding is wrong</source>
        <translation>השדה מכיל תו NUL: זו אינה טבלת טקסט, או שהקידוד שלה שגוי</translation>
    </message>
    <message>
        <source>The field holds bytes that are not valid %1 text</source>
        <translation>השדה מכיל בתים שאינם טקסט %1 תקין</translation>
    </message>
    <message>
        <source>A record has more than %1 fields</source>
        <translation>ברשומה יש יותר מ-%1 שדות</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>לא ניתן לכתוב את הקובץ: %1</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <source>the segment&apos;s people as a share of everyone clustered</source>
        <translation>שיעור האנשים בפלח מתוך כל האנשים שחולקו לאשכולות</translation>
    </message>
    <message>
        <source>people in the segment</source>
        <translation>מספר האנשים בפלח</translation>
    </message>
    <message>
        <source>mean days from a buyer&apos;s last order to the end of the data</source>
        <translation>ממוצע הימים מההזמנה האחרונה של הקונה ועד סוף תקופת הנתונים</translation>
    </message>
    <message>
        <source>share of orders with a discount or coupon</source>
        <translation>שיעור ההזמנות עם הנחה או קופון</translation>
    </message>
    <message>
        <source>share of carts that ended without a purchase</source>
        <translation>שיעור העגלות שלא הסתיימו ברכישה</translation>
    </message>
    <message>
        <source>how well the archetype fits the segment&apos;s profile, 0 to 100%</source>
        <translation>מידת ההתאמה של הארכיטיפ לפרופיל הפלח, מ-0 עד 100%</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>מכל סוג</translation>
    </message>
    <message>
        <source>an event (%1)</source>
        <translation>אירוע (%1)</translation>
    </message>
    <message>
        <source>an order</source>
        <translation>הזמנה</translation>
    </message>
    <message>
        <source>a review rated %1 or more</source>
        <translation>ביקורת בדירוג %1 ומעלה</translation>
    </message>
    <message>
        <source>an NPS of %1 or more</source>
        <translation>ציון NPS של %1 ומעלה</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>לא נמדד</translation>
    </message>
    <message>
        <source>people with %1</source>
        <translation>אנשים עם %1</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, או </translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>שער</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>סקירה כללית</translation>
    </message>
    <message>
        <source>Journey funnels</source>
        <translation>משפכי מסע הלקוח</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>השוואה</translation>
    </message>
    <message>
        <source>About the data</source>
        <translation>על הנתונים</translation>
    </message>
    <message>
        <source>%1 · %2 personas · %3 people</source>
        <translation>%1 · %2 פרסונות · %3 אנשים</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>עדיין אין פרסונות</translation>
    </message>
    <message>
        <source>people</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>share of people</source>
        <translation>שיעור מהאנשים</translation>
    </message>
    <message>
        <source>share of revenue</source>
        <translation>שיעור מההכנסות</translation>
    </message>
    <message>
        <source>People per stage, as a share of each persona&apos;s first measured stage</source>
        <translation>אנשים בכל שלב, כשיעור מהשלב הנמדד הראשון של כל פרסונה</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>אין נתונים</translation>
    </message>
    <message>
        <source>The data</source>
        <translation>הנתונים</translation>
    </message>
    <message>
        <source>Data period: %1</source>
        <translation>תקופת הנתונים: %1</translation>
    </message>
    <message>
        <source>People in the data: %1</source>
        <translation>אנשים בנתונים: %1</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>פרסונות: %1</translation>
    </message>
    <message>
        <source>Segments of fewer than %1 people show no exact figures. The deck holds aggregates only.</source>
        <translation>בפלחים של פחות מ-%1 אנשים לא מוצגים נתונים מדויקים. המצגת כוללת נתונים מצטברים בלבד.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>מקורות</translation>
    </message>
    <message>
        <source>No imports recorded</source>
        <translation>לא תועדו ייבואים</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 rows imported, %5</source>
        <translation>%1 (%2, %3): יובאו %4 שורות, %5</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>פילוח</translation>
    </message>
    <message>
        <source>No segmentation run yet</source>
        <translation>עדיין לא בוצעה הרצת פילוח</translation>
    </message>
    <message>
        <source>Run of %1: %2 segments over %3 people</source>
        <translation>הרצה מתאריך %1: %2 פלחים מתוך %3 אנשים</translation>
    </message>
    <message>
        <source>Silhouette: %1 (from -1 to 1; higher means better separated segments)</source>
        <translation>מדד צללית: %1 (בין מינוס 1 ל-1; ככל שהערך גבוה יותר, הפלחים מופרדים טוב יותר)</translation>
    </message>
    <message>
        <source>Stability: %1 (agreement of re-runs on samples, 0 to 1)</source>
        <translation>יציבות: %1 (מידת ההסכמה בין הרצות חוזרות על מדגמים, בין 0 ל-1)</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>מאפיינים: %1</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>מדדים</translation>
    </message>
    <message>
        <source>Journey stages</source>
        <translation>שלבי מסע הלקוח</translation>
    </message>
    <message>
        <source>the segment&apos;s orders by sales channel (else by device, else its sessions by traffic source), the three largest shares</source>
        <translation>הזמנות הפלח לפי ערוץ מכירה (ואם אין – לפי מכשיר, ואם אין – הביקורים לפי מקור תנועה), שלושת הנתחים הגדולים ביותר</translation>
    </message>
    <message>
        <source>the segment&apos;s revenue by product category, the three largest shares</source>
        <translation>הכנסות הפלח לפי קטגוריית מוצר, שלושת הנתחים הגדולים ביותר</translation>
    </message>
    <message>
        <source>%1 or more events (%2)</source>
        <translation>%1 אירועים או יותר (%2)</translation>
    </message>
    <message>
        <source>%1 or more orders</source>
        <translation>%1 הזמנות או יותר</translation>
    </message>
    <message>
        <source>the segment&apos;s net revenue as a share of the store&apos;s net revenue (see revenue)</source>
        <translation>שיעור ההכנסות נטו של הפלח מתוך ההכנסות נטו של החנות (ראו הכנסות)</translation>
    </message>
    <message>
        <source>the segment&apos;s purchase totals less refunds and credit notes; cancelled, refunded, voided and failed orders left out</source>
        <translation>סכום הרכישות של הפלח בניכוי החזרים וזיכויים; ללא הזמנות שבוטלו, הוחזרו, נפסלו או נכשלו</translation>
    </message>
    <message>
        <source>purchase totals divided by the number of purchases (cancelled, refunded, voided and failed orders left out)</source>
        <translation>סכום הרכישות חלקי מספר הרכישות (ללא הזמנות שבוטלו, הוחזרו, נפסלו או נכשלו)</translation>
    </message>
    <message>
        <source>purchases (orders not cancelled, refunded, voided or failed) divided by the segment&apos;s people</source>
        <translation>מספר הרכישות (הזמנות שלא בוטלו, הוחזרו, נפסלו או נכשלו) חלקי מספר האנשים בפלח</translation>
    </message>
</context>
<context>
    <name>DeckExporter</name>
    <message>
        <source>The PDF file cannot be written: %1</source>
        <translation>לא ניתן לכתוב את קובץ ה-PDF: %1</translation>
    </message>
    <message>
        <source>Buyer personas – %1</source>
        <translation>פרסונות של קונים – %1</translation>
    </message>
    <message>
        <source>The PDF file cannot be written</source>
        <translation>לא ניתן לכתוב את קובץ ה-PDF</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>כתיבת קובץ ה-PDF</translation>
    </message>
    <message>
        <source>The folder cannot be created</source>
        <translation>לא ניתן ליצור את התיקייה</translation>
    </message>
    <message>
        <source>The image cannot be written: %1</source>
        <translation>לא ניתן לכתוב את התמונה: %1</translation>
    </message>
    <message>
        <source>Writing the images</source>
        <translation>כתיבת התמונות</translation>
    </message>
    <message>
        <source>The export was canceled; nothing was written.</source>
        <translation>הייצוא בוטל; לא נכתב דבר.</translation>
    </message>
    <message>
        <source>The export was canceled; no image was written.</source>
        <translation>הייצוא בוטל; לא נכתבה אף תמונה.</translation>
    </message>
    <message>
        <source>The export was canceled; the image already drawn was removed.</source>
        <translation>הייצוא בוטל; התמונה שכבר צוירה נמחקה.</translation>
    </message>
    <message numerus="yes">
        <source>The export was canceled; the %n images already drawn were removed.</source>
        <translation>
            <numerusform>הייצוא בוטל; התמונה שכבר צוירה נמחקה.</numerusform>
            <numerusform>הייצוא בוטל; %n התמונות שכבר צוירו נמחקו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing card %1 of %2: %3</source>
        <translation>ציור כרטיס %1 מתוך %2: %3</translation>
    </message>
    <message>
        <source>Saving card %1 of %2: %3</source>
        <translation>שמירת כרטיס %1 מתוך %2: %3</translation>
    </message>
    <message>
        <source>The deck was written, but its run could not be noted as the last workshop&apos;s: %1</source>
        <translation>המצגת נשמרה, אך לא ניתן היה לרשום את ההרצה שלה כהרצה של הסדנה האחרונה: %1</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The folder does not exist</source>
        <translation>התיקייה אינה קיימת</translation>
    </message>
    <message>
        <source>The project file already exists</source>
        <translation>קובץ הפרויקט כבר קיים</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created: %1</source>
        <translation>לא ניתן ליצור תיקייה זמנית: %1</translation>
    </message>
    <message>
        <source>The demo project was canceled</source>
        <translation>יצירת פרויקט ההדגמה בוטלה</translation>
    </message>
</context>
<context>
    <name>FeatureLabels</name>
    <message>
        <source>The project has no features imported per person</source>
        <translation>בפרויקט אין מאפיינים שיובאו לכל אדם</translation>
    </message>
    <message>
        <source>No feature imported per person is named &apos;%1&apos; (the project has: %2)</source>
        <translation>אין מאפיין שיובא לכל אדם בשם &apos;%1&apos; (בפרויקט יש: %2)</translation>
    </message>
    <message>
        <source>The label cannot be saved: %1</source>
        <translation>לא ניתן לשמור את התווית: %1</translation>
    </message>
    <message>
        <source>A label is at most %1 characters long (this one has %2)</source>
        <translation>תווית יכולה להכיל עד %1 תווים (בתווית הזו יש %2)</translation>
    </message>
</context>
<context>
    <name>FeatureTableFormat</name>
    <message>
        <source>Feature table (one row per person, numeric columns)</source>
        <translation>טבלת מאפיינים (שורה אחת לכל אדם, עמודות מספריות)</translation>
    </message>
    <message>
        <source>The header is not recognised as a feature table: choose the feature-table format explicitly</source>
        <translation>שורת הכותרת לא זוהתה כטבלת מאפיינים: יש לבחור במפורש בפורמט של טבלת מאפיינים</translation>
    </message>
    <message>
        <source>A feature table needs at least one column besides the person&apos;s id</source>
        <translation>טבלת מאפיינים צריכה לכלול לפחות עמודה אחת נוסף על מזהה האדם</translation>
    </message>
    <message>
        <source>%1: the column %2 is read as conversion: a person whose value is yes (TRUE, 1) bought once, without a date or an amount; it is not clustered as a feature</source>
        <translation>%1: העמודה %2 נקראת כהמרה: אדם שהערך שלו הוא כן (TRUE, 1) קנה פעם אחת, בלי תאריך ובלי סכום; היא לא משמשת כמאפיין לחלוקה לאשכולות</translation>
    </message>
    <message>
        <source>%1: the column %2 holds text (e.g. “%3”), not numbers: it was not imported (a feature table&apos;s columns are numbers or yes/no)</source>
        <translation>%1: העמודה %2 מכילה טקסט (למשל “%3”) ולא מספרים: היא לא יובאה (העמודות של טבלת מאפיינים הן מספרים או כן/לא)</translation>
    </message>
    <message>
        <source>%1: the column %3 holds numbers but has text in some rows (%2; the first at line %4: “%5”); those cells were left empty</source>
        <translation>%1: העמודה %3 מכילה מספרים, אבל בחלק מהשורות יש בה טקסט (%2; הראשונה בשורה %4: “%5”); התאים האלה נשארו ריקים</translation>
    </message>
    <message>
        <source>%1: read as the recipe&apos;s feature table (persona-cli recipe features): its columns are the store&apos;s own features, clustered and named as the app computes them from orders and events</source>
        <translation>%1: נקראה כטבלת התכונות של המתכון (persona-cli recipe features): העמודות שלה הן התכונות של החנות עצמה, והן מקובצות ומקבלות שמות כפי שהיישום מחשב אותן מהזמנות ומאירועים</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>The features cannot be computed: %1</source>
        <translation>לא ניתן לחשב את המאפיינים: %1</translation>
    </message>
    <message>
        <source>Computing features</source>
        <translation>חישוב מאפיינים</translation>
    </message>
    <message>
        <source>The computation was canceled</source>
        <translation>החישוב בוטל</translation>
    </message>
    <message>
        <source>Unknown feature: %1</source>
        <translation>מאפיין לא מוכר: %1</translation>
    </message>
    <message>
        <source>The weight of %1 must be above 0 and at most 10</source>
        <translation>המשקל של %1 חייב להיות גדול מ-0 ולכל היותר 10</translation>
    </message>
    <message>
        <source>The feature settings cannot be saved</source>
        <translation>לא ניתן לשמור את הגדרות המאפיינים</translation>
    </message>
    <message>
        <source>Another program changed the feature settings</source>
        <translation>תוכנה אחרת שינתה את הגדרות המאפיינים</translation>
    </message>
    <message>
        <source>Nobody in the project has dated data (an order, an event, a dated review or a sign-up) on or before %1: there is nobody to segment as of that date</source>
        <translation>לאף אחד בפרויקט אין נתונים עם תאריך (הזמנה, אירוע, ביקורת מתוארכת או הרשמה) עד %1 כולל: אין את מי לפלח נכון לתאריך הזה</translation>
    </message>
    <message>
        <source>The purchases of this project come only from a feature table, which has no dates: it cannot be segmented as of a date</source>
        <translation>הרכישות בפרויקט הזה ידועות רק מטבלת מאפיינים, ואין בה תאריכים: אי אפשר לפלח אותו נכון לתאריך</translation>
    </message>
    <message>
        <source>The features of this project come from a warehouse recipe&apos;s table, which has no dates: it cannot be segmented as of a date</source>
        <translation>התכונות של פרויקט זה מגיעות מטבלה של מתכון מחסן נתונים, שאין בה תאריכים: אי אפשר לפלח אותו נכון לתאריך מסוים</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>The funnel could not be computed: %1</source>
        <translation>לא ניתן היה לחשב את המשפך: %1</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>מודעות</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>שיקול</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>המרה</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>שימור</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>סנגור</translation>
    </message>
    <message>
        <source>under 1 hour</source>
        <translation>פחות משעה</translation>
    </message>
    <message>
        <source>1 hour to 1 day</source>
        <translation>משעה עד יום</translation>
    </message>
    <message>
        <source>1 to 7 days</source>
        <translation>1–7 ימים</translation>
    </message>
    <message>
        <source>7 to 30 days</source>
        <translation>7–30 ימים</translation>
    </message>
    <message>
        <source>30 to 90 days</source>
        <translation>30–90 ימים</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>יותר מ-90 ימים</translation>
    </message>
    <message>
        <source>The journey stages could not be saved.</source>
        <translation>לא ניתן היה לשמור את שלבי מסע הלקוח.</translation>
    </message>
    <message>
        <source>The journey stages are stored in an unknown version (%1).</source>
        <translation>שלבי מסע הלקוח שמורים בגרסה לא מוכרת (%1).</translation>
    </message>
    <message>
        <source>Unknown journey stage &apos;%1&apos;.</source>
        <translation>שלב לא מוכר במסע הלקוח: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The rule of journey stage &apos;%1&apos; is out of range.</source>
        <translation>הכלל של השלב &apos;%1&apos; במסע הלקוח חורג מהטווח המותר.</translation>
    </message>
    <message>
        <source>The funnel computation was canceled.</source>
        <translation>חישוב המשפך בוטל.</translation>
    </message>
    <message>
        <source>Reading events</source>
        <translation>קריאת אירועים</translation>
    </message>
    <message>
        <source>Reading orders and reviews</source>
        <translation>קריאת הזמנות וביקורות</translation>
    </message>
    <message>
        <source>There is no persona %1 with a segment.</source>
        <translation>אין פרסונה %1 שמקושרת לפלח.</translation>
    </message>
    <message>
        <source>The data cannot measure the stage &apos;%1&apos;: no data.</source>
        <translation>אי אפשר למדוד את השלב &apos;%1&apos; מתוך הנתונים: אין נתונים.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>%1 counts nothing: choose event types, a number of orders or a rating.</source>
        <translation>לשלב %1 אין אף קריטריון: יש לבחור סוגי אירועים, מספר הזמנות או דירוג.</translation>
    </message>
    <message>
        <source>A threshold of %1 is out of range.</source>
        <translation>אחד הספים של השלב %1 חורג מהטווח המותר.</translation>
    </message>
    <message>
        <source>%1: the project holds no events of type %2.</source>
        <translation>%1: אין בפרויקט אירועים מסוג %2.</translation>
    </message>
    <message>
        <source>Another program changed the journey stage rules</source>
        <translation>תוכנה אחרת שינתה את כללי שלבי המסע</translation>
    </message>
</context>
<context>
    <name>Ga4Format</name>
    <message>
        <source>Google Analytics 4 events</source>
        <translation>אירועי Google Analytics 4</translation>
    </message>
    <message>
        <source>A GA4 export needs the columns event_name, user_pseudo_id and event_timestamp</source>
        <translation>קובץ ייצוא של GA4 חייב לכלול את העמודות event_name, user_pseudo_id ו-event_timestamp</translation>
    </message>
</context>
<context>
    <name>GenericFormat</name>
    <message>
        <source>Generic CSV (one file per entity)</source>
        <translation>CSV כללי (קובץ אחד לכל ישות)</translation>
    </message>
    <message>
        <source>sku, product_name or quantity</source>
        <translation>sku, product_name או quantity</translation>
    </message>
    <message>
        <source>The header is not that of a generic file: it has no customer_id, order_id or session_id column</source>
        <translation>שורת הכותרת אינה של קובץ כללי: אין בה עמודת customer_id, order_id או session_id</translation>
    </message>
    <message>
        <source>The header looks like %1 but lacks the required columns: %2</source>
        <translation>שורת הכותרת נראית כמו של %1, אבל חסרות בה עמודות החובה: %2</translation>
    </message>
    <message>
        <source>“%1” is read as the order&apos;s total: the file has no quantity column</source>
        <translation>“%1” נקרא כסכום ההזמנה: אין בקובץ עמודת כמות</translation>
    </message>
    <message>
        <source>no order id column: each row is taken as one order, ids made from the row&apos;s content; the same rows imported again update these orders, they are not added twice</source>
        <translation>אין עמודת מספר הזמנה: כל שורה נקראת כהזמנה אחת, והמזהים נוצרים מתוכן השורה; אותן שורות, כשהן מיובאות שוב, מעדכנות את ההזמנות האלה ואינן נוספות פעמיים</translation>
    </message>
    <message>
        <source>“%1” is read as the unit price: an order&apos;s total is price × quantity (“%2”)</source>
        <translation>“%1” נקרא כמחיר ליחידה: סכום ההזמנה הוא מחיר × כמות (“%2”)</translation>
    </message>
    <message>
        <source>“%1” is read as the unit price of the order&apos;s item</source>
        <translation>“%1” נקרא כמחיר ליחידה של הפריט שבהזמנה</translation>
    </message>
</context>
<context>
    <name>HtmlDeck</name>
    <message>
        <source>Writing the HTML page</source>
        <translation>כותב את דף ה-HTML</translation>
    </message>
    <message>
        <source>The HTML file cannot be written: %1</source>
        <translation>לא ניתן לכתוב את קובץ ה-HTML: %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the row has %1 fields but the header has %2 columns</source>
        <translation>בשורה יש %1 שדות, אבל בשורת הכותרת יש %2 עמודות</translation>
    </message>
    <message>
        <source>required value is empty</source>
        <translation>ערך חובה חסר</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>אינו תאריך תקין</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>אינו מספר</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>אינו מספר שלם</translation>
    </message>
    <message>
        <source>not a yes/no value</source>
        <translation>אינו ערך כן/לא</translation>
    </message>
    <message>
        <source>rating must be 1–5</source>
        <translation>הערך של rating חייב להיות בין 1 ל-5</translation>
    </message>
    <message>
        <source>nps must be 0–10</source>
        <translation>הערך של nps חייב להיות בין 0 ל-10</translation>
    </message>
    <message>
        <source>a review needs a rating or an nps</source>
        <translation>לכל ביקורת נדרש ערך rating או nps</translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation>הקובץ אינו קיים</translation>
    </message>
    <message>
        <source>This is a folder, not a data file</source>
        <translation>זוהי תיקייה, לא קובץ נתונים</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>לא ניתן לקרוא את הקובץ: %1</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>הקובץ ריק</translation>
    </message>
    <message>
        <source>The format of this file is not recognised</source>
        <translation>הפורמט של הקובץ לא זוהה</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>ייבוא %1</translation>
    </message>
    <message>
        <source>Unknown import format &quot;%1&quot; (known: auto, %2)</source>
        <translation>פורמט ייבוא לא מוכר &quot;%1&quot; (הפורמטים המוכרים: auto, %2)</translation>
    </message>
    <message>
        <source>No files to import</source>
        <translation>אין קבצים לייבוא</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>The project cannot be written: %1</source>
        <translation>לא ניתן לכתוב לפרויקט: %1</translation>
    </message>
    <message>
        <source>an event needs a user_pseudo_id or a user_id</source>
        <translation>לכל אירוע נדרש user_pseudo_id או user_id</translation>
    </message>
    <message>
        <source>The dates mix day-first (line %1) and month-first (line %2) forms</source>
        <translation>התאריכים מערבבים סדר של יום-חודש (שורה %1) וסדר של חודש-יום (שורה %2)</translation>
    </message>
    <message>
        <source>%1: every date fits both day-first and month-first; read as day-first (choose the order to change it)</source>
        <translation>%1: כל התאריכים מתאימים גם לסדר יום-חודש וגם לסדר חודש-יום; הם נקראו כיום-חודש (אפשר לבחור סדר אחר כדי לשנות זאת)</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>בניית אינדקס</translation>
    </message>
    <message>
        <source>invoice %1 already belongs to customer %2</source>
        <translation>החשבונית %1 כבר שייכת ללקוח %2</translation>
    </message>
    <message>
        <source>the pseudonym key cannot be stored</source>
        <translation>לא ניתן לשמור את מפתח הפסאודונימיזציה</translation>
    </message>
    <message>
        <source>an event needs a user_session or a user_id</source>
        <translation>לכל אירוע נדרש user_session או user_id</translation>
    </message>
    <message>
        <source>a customer needs a Customer ID or an e-mail</source>
        <translation>לכל לקוח נדרש Customer ID או כתובת דוא&quot;ל</translation>
    </message>
    <message>
        <source>a rating must be a whole number from 1 to 5</source>
        <translation>דירוג חייב להיות מספר שלם בין 1 ל-5</translation>
    </message>
    <message>
        <source>The Olist files cannot be linked: %1</source>
        <translation>לא ניתן לקשר בין קובצי Olist: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Olist orders wait for their customers: import olist_customers_dataset.csv to add them</source>
        <translation>
            <numerusform>%n הזמנה של Olist ממתינה ללקוח שלה: יש לייבא את olist_customers_dataset.csv כדי להוסיף אותו</numerusform>
            <numerusform>%n הזמנות של Olist ממתינות ללקוחות שלהן: יש לייבא את olist_customers_dataset.csv כדי להוסיף אותם</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The items, payments or reviews of %n Olist orders wait for their orders (olist_orders_dataset.csv) and customers</source>
        <translation>
            <numerusform>הפריטים, התשלומים או הביקורות של %n הזמנה של Olist ממתינים להזמנה עצמה (olist_orders_dataset.csv) וללקוח שלה</numerusform>
            <numerusform>הפריטים, התשלומים או הביקורות של %n הזמנות של Olist ממתינים להזמנות עצמן (olist_orders_dataset.csv) וללקוחות שלהן</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: the same %3 as an earlier row of this import: merged into it (an empty cell keeps the earlier value)</source>
        <translation>%1:%2: אותו %3 כמו בשורה קודמת של הייבוא הזה: מוזג אליה (תא ריק שומר על הערך הקודם)</translation>
    </message>
    <message>
        <source>order_id already read on line %1 of %2: the first row of an order_id is kept, this one is not imported</source>
        <translation>order_id כבר נקרא בשורה %1 של %2: השורה הראשונה של order_id נשמרת, שורה זו אינה מיובאת</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>קובץ זה</translation>
    </message>
    <message>
        <source>review</source>
        <translation>ביקורת</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <source>%1 is the same file as %2: it is read once</source>
        <translation>%1 הוא אותו קובץ כמו %2: הוא נקרא פעם אחת</translation>
    </message>
    <message>
        <source>a date in the future</source>
        <translation>תאריך בעתיד</translation>
    </message>
    <message>
        <source>%1: numbers with a decimal comma (line %2) and with a decimal point (line %3): a number with a lone &apos;.&apos; is read with a decimal point</source>
        <translation>%1: מספרים עם פסיק עשרוני (שורה %2) ועם נקודה עשרונית (שורה %3): מספר עם &apos;.&apos; בודדת נקרא עם נקודה עשרונית</translation>
    </message>
    <message>
        <source>the same purchase as line %1 of %2 (customer, date, amount, quantity): imported once</source>
        <translation>אותה רכישה כמו בשורה %1 של %2 (לקוח, תאריך, סכום, כמות): מיובאת פעם אחת</translation>
    </message>
    <message>
        <source>column %1 (no name)</source>
        <translation>עמודה %1 (ללא שם)</translation>
    </message>
    <message>
        <source>%1: not imported, the project has no place for these columns: %2</source>
        <translation>%1: לא מיובאות, אין בפרויקט מקום לעמודות האלה: %2</translation>
    </message>
    <message>
        <source>The project file asks to keep e-mail addresses and names readable; nothing was imported. A project file may come from someone else: choose yourself whether to keep them readable or to pseudonymise them</source>
        <translation>קובץ הפרויקט מבקש לשמור כתובות דוא״ל ושמות קריאים; שום דבר לא יובא. קובץ פרויקט עשוי להגיע ממישהו אחר: בחרו בעצמכם אם לשמור אותם קריאים או להתמים אותם</translation>
    </message>
    <message>
        <source>%1: rows of %3 dated after today: %2 (the latest %4); check the file&apos;s dates: recency is counted from the store&apos;s last date</source>
        <translation>%1: שורות של %3 עם תאריך אחרי היום: %2 (המאוחר ביותר %4); כדאי לבדוק את התאריכים בקובץ: הזמן מאז הרכישה האחרונה נמדד מהתאריך האחרון של החנות</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <source>event type</source>
        <translation>סוג אירוע</translation>
    </message>
    <message>
        <source>date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>מספר שלם</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>כן/לא</translation>
    </message>
    <message>
        <source>rating 1–5</source>
        <translation>דירוג 1–5</translation>
    </message>
    <message>
        <source>NPS 0–10</source>
        <translation>NPS 0–10</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>הזמנות</translation>
    </message>
    <message>
        <source>order items</source>
        <translation>פריטי הזמנה</translation>
    </message>
    <message>
        <source>events</source>
        <translation>אירועים</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>ביקורות</translation>
    </message>
    <message>
        <source>features per person</source>
        <translation>מאפיינים לכל אדם</translation>
    </message>
</context>
<context>
    <name>JourneyNotes</name>
    <message>
        <source>Touchpoints</source>
        <translation>נקודות מגע</translation>
    </message>
    <message>
        <source>Key focus</source>
        <translation>מוקד עיקרי</translation>
    </message>
    <message>
        <source>How to improve</source>
        <translation>איך לשפר</translation>
    </message>
    <message>
        <source>Customer goal</source>
        <translation>מטרת הלקוח</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>נקודות כאב</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>רגש</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>הזדמנויות</translation>
    </message>
    <message>
        <source>The journey notes could not be read: %1</source>
        <translation>לא ניתן היה לקרוא את ההערות למסע הלקוח: %1</translation>
    </message>
    <message>
        <source>Another program deleted the persona</source>
        <translation>תוכנה אחרת מחקה את הפרסונה</translation>
    </message>
    <message>
        <source>Another program changed this journey note</source>
        <translation>תוכנה אחרת שינתה את הערת המסע הזו</translation>
    </message>
</context>
<context>
    <name>KMeans</name>
    <message>
        <source>Clustering into %1 segments</source>
        <translation>חלוקה ל-%1 פלחים</translation>
    </message>
</context>
<context>
    <name>NameReason</name>
    <message>
        <source>%1 of its buyers ordered once, and for %2 of them that order is more than %3 days old: twice the store&apos;s purchase cycle of %4 days.</source>
        <translation>%1 מהקונים בקבוצה הזמינו פעם אחת, ואצל %2 מהם ההזמנה ההיא בת יותר מ־%3 ימים: פי שניים ממחזור הרכישה של החנות, %4 ימים.</translation>
    </message>
    <message>
        <source>%1 of its buyers ordered more than once, and %2 of those have not ordered for more than twice the store&apos;s purchase cycle of %3 days (or twice their own gap between orders).</source>
        <translation>%1 מהקונים בקבוצה הזמינו יותר מפעם אחת, ו־%2 מהם לא הזמינו יותר מפי שניים ממחזור הרכישה של החנות, %3 ימים (או מפי שניים מהמרווח הרגיל שלהם בין הזמנות).</translation>
    </message>
    <message>
        <source>%1 of its buyers ordered more than once, and %2 of those ordered within twice the store&apos;s purchase cycle of %3 days: still active.</source>
        <translation>%1 מהקונים בקבוצה הזמינו יותר מפעם אחת, ו־%2 מהם הזמינו בתוך פי שניים ממחזור הרכישה של החנות, %3 ימים: עדיין פעילים.</translation>
    </message>
    <message>
        <source>%1 of its buyers ordered once, and for %2 of them that order is recent: within twice the store&apos;s purchase cycle of %3 days.</source>
        <translation>%1 מהקונים בקבוצה הזמינו פעם אחת, ואצל %2 מהם ההזמנה טרייה: בתוך פי שניים ממחזור הרכישה של החנות, %3 ימים.</translation>
    </message>
    <message>
        <source>%1 of its orders had a discount or a coupon.</source>
        <translation>ב־%1 מההזמנות בקבוצה הייתה הנחה או קופון.</translation>
    </message>
    <message>
        <source>%1 of its people never bought, and no events show them visiting: no browsing archetype is claimed.</source>
        <translation>%1 מהאנשים בקבוצה מעולם לא קנו, ואין אירועים שמראים אותם מבקרים: לא נטען עליהם שום ארכיטיפ של גלישה.</translation>
    </message>
    <message>
        <source>%1 of its people bought; the data holds no order dates or amounts, so no buying pattern (first-time, repeat, order value) is claimed.</source>
        <translation>%1 מהאנשים בקבוצה קנו; בנתונים אין תאריכי הזמנה או סכומים, ולכן לא נטען שום דפוס קנייה (קנייה ראשונה, קנייה חוזרת, ערך הזמנה).</translation>
    </message>
    <message>
        <source>%1 of its people never bought.</source>
        <translation>%1 מהאנשים בקבוצה לא קנו מעולם.</translation>
    </message>
    <message>
        <source>What sets it apart most: %1, %2 against %3 for everyone.</source>
        <translation>מה שמייחד אותה יותר מכול: %1, %2 לעומת %3 אצל כולם.</translation>
    </message>
    <message>
        <source>%1 of its people never bought, and %2 of their carts were left without a purchase.</source>
        <translation>%1 מהאנשים בקבוצה לא קנו מעולם, ו־%2 מהעגלות שלהם ננטשו בלי רכישה.</translation>
    </message>
</context>
<context>
    <name>OlistFormat</name>
    <message>
        <source>Olist e-commerce dataset (customers, orders, items, payments, reviews, products)</source>
        <translation>מאגר הנתונים של Olist למסחר מקוון (לקוחות, הזמנות, פריטים, תשלומים, ביקורות, מוצרים)</translation>
    </message>
    <message>
        <source>The header is not that of a file of the Olist dataset (olist_customers_dataset.csv, olist_orders_dataset.csv, olist_order_items_dataset.csv, olist_order_payments_dataset.csv, olist_order_reviews_dataset.csv, olist_products_dataset.csv or product_category_name_translation.csv)</source>
        <translation>שורת הכותרת אינה של קובץ ממאגר הנתונים של Olist (olist_customers_dataset.csv, olist_orders_dataset.csv, olist_order_items_dataset.csv, olist_order_payments_dataset.csv, olist_order_reviews_dataset.csv, olist_products_dataset.csv או product_category_name_translation.csv)</translation>
    </message>
</context>
<context>
    <name>OnlineRetailFormat</name>
    <message>
        <source>Online Retail invoice lines (UCI)</source>
        <translation>שורות חשבונית של Online Retail (UCI)</translation>
    </message>
    <message>
        <source>The header is not that of Online Retail invoice lines: it lacks %1</source>
        <translation>שורת הכותרת אינה של שורות חשבונית Online Retail: חסרה בה העמודה %1</translation>
    </message>
</context>
<context>
    <name>PersonaDocument</name>
    <message>
        <source>New persona</source>
        <translation>פרסונה חדשה</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (עותק)</translation>
    </message>
</context>
<context>
    <name>PersonaRepository</name>
    <message>
        <source>The picture is larger than %1 MB</source>
        <translation>התמונה גדולה מ-%1 MB</translation>
    </message>
    <message>
        <source>Another program deleted the persona</source>
        <translation>תוכנה אחרת מחקה את הפרסונה</translation>
    </message>
    <message>
        <source>Another program changed the persona since it was read</source>
        <translation>תוכנה אחרת שינתה את הפרסונה מאז שנקראה</translation>
    </message>
</context>
<context>
    <name>Pptx</name>
    <message>
        <source>The presentation cannot be packed (zip error %1)</source>
        <translation>לא ניתן לארוז את המצגת (שגיאת zip %1)</translation>
    </message>
    <message>
        <source>The presentation cannot be written: %1</source>
        <translation>לא ניתן לכתוב את המצגת: %1</translation>
    </message>
</context>
<context>
    <name>PptxDeck</name>
    <message>
        <source>The persona card of %1</source>
        <translation>כרטיס הפרסונה של %1</translation>
    </message>
    <message>
        <source>Writing the slides</source>
        <translation>כתיבת השקופיות</translation>
    </message>
    <message>
        <source>Where the people of each persona went from %1 to %2</source>
        <translation>לאן עברו האנשים של כל פרסונה מ־%1 אל %2</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>The project file does not exist</source>
        <translation>קובץ הפרויקט אינו קיים</translation>
    </message>
    <message>
        <source>This is a folder, not a project file</source>
        <translation>זוהי תיקייה, לא קובץ פרויקט</translation>
    </message>
    <message>
        <source>This file is not a Persona Workbench project (it is not an SQLite database)</source>
        <translation>הקובץ הזה אינו פרויקט של Persona Workbench (הוא אינו מסד נתונים של SQLite)</translation>
    </message>
    <message>
        <source>The folder for the project file does not exist</source>
        <translation>התיקייה של קובץ הפרויקט אינה קיימת</translation>
    </message>
    <message>
        <source>The project file cannot be opened: %1</source>
        <translation>לא ניתן לפתוח את קובץ הפרויקט: %1</translation>
    </message>
    <message>
        <source>The project file is damaged (SQLite reports: %1)</source>
        <translation>קובץ הפרויקט פגום (הודעת SQLite: %1)</translation>
    </message>
    <message>
        <source>This SQLite database is not a Persona Workbench project</source>
        <translation>מסד הנתונים הזה של SQLite אינו פרויקט של Persona Workbench</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of Persona Workbench (format %1; this version reads up to %2)</source>
        <translation>הפרויקט נשמר בגרסה חדשה יותר של Persona Workbench (פורמט %1; גרסה זו קוראת עד פורמט %2)</translation>
    </message>
    <message>
        <source>The project file cannot be written: %1</source>
        <translation>לא ניתן לכתוב לקובץ הפרויקט: %1</translation>
    </message>
    <message>
        <source>The project could not be upgraded to format %1: %2</source>
        <translation>לא ניתן היה לשדרג את הפרויקט לפורמט %1: %2</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>תהליך %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (תהליך %2)</translation>
    </message>
    <message>
        <source>The project is busy: another program is changing it (waited %1 s). Try again when it has finished.</source>
        <translation>הפרויקט תפוס: תוכנה אחרת משנה אותו (המתנו %1 שנ׳). נסו שוב כשתסיים.</translation>
    </message>
    <message>
        <source>The project is busy: %1 is changing it (waited %2 s). Try again when it has finished.</source>
        <translation>הפרויקט תפוס: %1 משנה אותו (המתנו %2 שנ׳). נסו שוב כשיסתיים.</translation>
    </message>
    <message>
        <source>The folder of the project file is read-only (a project writes its journal next to it)</source>
        <translation>התיקייה של קובץ הפרויקט היא לקריאה בלבד (פרויקט כותב את היומן שלו לצדו)</translation>
    </message>
    <message>
        <source>Another program changed this setting since it was read</source>
        <translation>תוכנה אחרת שינתה את ההגדרה הזו מאז שנקראה</translation>
    </message>
    <message>
        <source>The project file is empty</source>
        <translation>קובץ הפרויקט ריק</translation>
    </message>
    <message>
        <source>The project file is damaged: its format number (%1) is not one Persona Workbench has ever written</source>
        <translation>קובץ הפרויקט פגום: מספר הפורמט שלו (%1) אינו מספר ש-Persona Workbench כתב אי פעם</translation>
    </message>
    <message>
        <source>This project was made by an older version of Persona Workbench and is read-only, so it cannot be upgraded: copy it to a folder you can write to</source>
        <translation>הפרויקט הזה נוצר בגרסה ישנה יותר של Persona Workbench והוא לקריאה בלבד, ולכן אי אפשר לשדרג אותו: העתיקו אותו לתיקייה שאפשר לכתוב אליה</translation>
    </message>
    <message>
        <source>What Persona Workbench did not create could not be removed from the project: %1</source>
        <translation>לא ניתן היה להסיר מהפרויקט את מה ש-Persona Workbench לא יצר: %1</translation>
    </message>
    <message>
        <source>%1; it was not opened</source>
        <translation>%1; הפרויקט לא נפתח</translation>
    </message>
    <message>
        <source>The project contains a trigger “%1” on table %2 that Persona Workbench did not create</source>
        <translation>הפרויקט מכיל טריגר „%1” על הטבלה %2 ש-Persona Workbench לא יצר</translation>
    </message>
    <message>
        <source>The project contains a view “%1” that Persona Workbench did not create</source>
        <translation>הפרויקט מכיל תצוגה (view) „%1” ש-Persona Workbench לא יצר</translation>
    </message>
    <message>
        <source>The table “%1” of the project was changed: it is not as Persona Workbench made it</source>
        <translation>הטבלה „%1” בפרויקט שונתה: היא אינה כפי ש-Persona Workbench יצר אותה</translation>
    </message>
    <message>
        <source>The project contains an index “%1” on table %2 that Persona Workbench did not create</source>
        <translation>הפרויקט מכיל אינדקס „%1” על הטבלה %2 ש-Persona Workbench לא יצר</translation>
    </message>
    <message>
        <source>The project contains a table “%1” that Persona Workbench did not create</source>
        <translation>הפרויקט מכיל טבלה „%1” ש-Persona Workbench לא יצר</translation>
    </message>
    <message>
        <source>The project file is damaged: its format number (%1) does not match its tables, which are those of format %2</source>
        <translation>קובץ הפרויקט פגום: מספר הפורמט שלו (%1) אינו תואם את הטבלאות שלו, שהן של פורמט %2</translation>
    </message>
    <message>
        <source>The list of tables of the project cannot be read</source>
        <translation>אי אפשר לקרוא את רשימת הטבלאות של הפרויקט</translation>
    </message>
    <message>
        <source>The index “%1” of the project was changed: it is not as Persona Workbench made it</source>
        <translation>האינדקס „%1” בפרויקט שונה: הוא אינו כפי ש-Persona Workbench יצר אותו</translation>
    </message>
    <message>
        <source>The index “%1” is missing from the project</source>
        <translation>האינדקס „%1” חסר בפרויקט</translation>
    </message>
    <message>
        <source>The table “%1” is missing from the project</source>
        <translation>הטבלה „%1” חסרה בפרויקט</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; ועוד %1</translation>
    </message>
</context>
<context>
    <name>Recipe</name>
    <message>
        <source>Run %1 segmented the data as of %2: the recipe computes the features of all the data, so it cannot assign as that run did</source>
        <translation>הרצה %1 פילחה את הנתונים נכון לתאריך %2: המתכון מחשב את המאפיינים של כל הנתונים, ולכן אינו יכול לשייך כפי שההרצה ההיא שייכה</translation>
    </message>
    <message>
        <source>Run %1 clusters a feature imported per person (%2): the recipe computes only the app&apos;s own features</source>
        <translation>הרצה %1 מקבצת מאפיין שיובא לכל אדם (%2): המתכון מחשב רק את המאפיינים של היישום עצמו</translation>
    </message>
    <message>
        <source>Run %1 has no centroids of its features</source>
        <translation>להרצה %1 אין מרכזים של המאפיינים שלה</translation>
    </message>
    <message>
        <source>The feature table cannot be read: %1</source>
        <translation>לא ניתן לקרוא את טבלת המאפיינים: %1</translation>
    </message>
    <message>
        <source>The feature table has no header with an id and a feature column</source>
        <translation>לטבלת המאפיינים אין כותרת עם מזהה ועמודת מאפיין</translation>
    </message>
    <message>
        <source>Reading the feature table</source>
        <translation>קריאת טבלת המאפיינים</translation>
    </message>
    <message>
        <source>Reading the feature table was canceled</source>
        <translation>קריאת טבלת המאפיינים בוטלה</translation>
    </message>
    <message>
        <source>The sample cannot be written: %1</source>
        <translation>לא ניתן לכתוב את המדגם: %1</translation>
    </message>
    <message>
        <source>The feature table has no column %1, which the run clusters</source>
        <translation>לטבלת המאפיינים אין עמודה %1, שההרצה מאשכלת</translation>
    </message>
</context>
<context>
    <name>Rees46Format</name>
    <message>
        <source>Event stream (REES46 / Open CDP)</source>
        <translation>זרם אירועים (REES46 / Open CDP)</translation>
    </message>
    <message>
        <source>An event stream needs the columns event_time, event_type, user_id and user_session</source>
        <translation>זרם אירועים חייב לכלול את העמודות event_time, event_type, user_id ו-user_session</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>The history of the runs cannot be read: %1</source>
        <translation>לא ניתן לקרוא את היסטוריית ההרצות: %1</translation>
    </message>
    <message>
        <source>A flow goes from a persona or to one</source>
        <translation>זרימה יוצאת מפרסונה או נכנסת לפרסונה</translation>
    </message>
    <message>
        <source>The persona is not in that run</source>
        <translation>הפרסונה אינה בהרצה הזאת</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>The segmentation runs cannot be read: %1</source>
        <translation>לא ניתן לקרוא את הרצות הפילוח: %1</translation>
    </message>
    <message>
        <source>The project has not been clustered yet</source>
        <translation>עדיין לא בוצע פילוח בפרויקט</translation>
    </message>
    <message>
        <source>The assignments cannot be read: %1</source>
        <translation>לא ניתן לקרוא את שיוך האנשים לפלחים: %1</translation>
    </message>
    <message>
        <source>There is no segmentation run %1</source>
        <translation>אין הרצת פילוח %1</translation>
    </message>
    <message>
        <source>Person %1 is no longer in the project.</source>
        <translation>האדם %1 כבר אינו בפרויקט.</translation>
    </message>
</context>
<context>
    <name>SectionTypes</name>
    <message>
        <source>Short text</source>
        <translation>טקסט קצר</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>טקסט ארוך</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>רשימת תבליטים</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>ציטוט</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>סולם</translation>
    </message>
    <message>
        <source>Figures from the data</source>
        <translation>מדדים מהנתונים</translation>
    </message>
    <message>
        <source>Journey snapshot</source>
        <translation>מסע הלקוח בקצרה</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>טקטיקות</translation>
    </message>
</context>
<context>
    <name>SegmentMix</name>
    <message>
        <source>The channel mix and categories cannot be read: %1</source>
        <translation>לא ניתן לקרוא את תמהיל הערוצים והקטגוריות: %1</translation>
    </message>
</context>
<context>
    <name>Segmentation</name>
    <message>
        <source>The segmentation cannot be saved: %1</source>
        <translation>לא ניתן לשמור את הפילוח: %1</translation>
    </message>
    <message>
        <source>The project has no people to cluster: import customers, orders or events first</source>
        <translation>אין בפרויקט אנשים לפילוח: יש לייבא קודם לקוחות, הזמנות או אירועים</translation>
    </message>
    <message>
        <source>The data cannot be clustered: no feature varies between people</source>
        <translation>לא ניתן לפלח את הנתונים: אין אף מאפיין שערכו משתנה בין האנשים</translation>
    </message>
    <message>
        <source>The number of segments must be at least 1 (asked: %1 to %2)</source>
        <translation>מספר הפלחים חייב להיות 1 לפחות (התבקשו: %1 עד %2)</translation>
    </message>
    <message>
        <source>There are %1 people, fewer than the %2 segments asked for</source>
        <translation>יש רק %1 אנשים, פחות מ-%2 הפלחים שהתבקשו</translation>
    </message>
    <message>
        <source>The segmentation was canceled</source>
        <translation>הפילוח בוטל</translation>
    </message>
    <message>
        <source>Saving the segmentation</source>
        <translation>שמירת הפילוח</translation>
    </message>
    <message>
        <source>There is no persona %1</source>
        <translation>אין פרסונה %1</translation>
    </message>
    <message>
        <source>Scoring %1 segments</source>
        <translation>חישוב ציונים ל-%1 פלחים</translation>
    </message>
    <message>
        <source>Merging needs two different personas of the latest segmentation run</source>
        <translation>למיזוג נדרשות שתי פרסונות שונות מהרצת הפילוח האחרונה</translation>
    </message>
    <message>
        <source>Only a persona of the latest segmentation run can be split</source>
        <translation>אפשר לפצל רק פרסונה מהרצת הפילוח האחרונה</translation>
    </message>
    <message>
        <source>A segment needs at least two people to be split</source>
        <translation>כדי לפצל פלח, צריכים להיות בו שני אנשים לפחות</translation>
    </message>
    <message>
        <source>The split was canceled</source>
        <translation>הפיצול בוטל</translation>
    </message>
    <message>
        <source>%1 personas: they show %2 kinds of customer (%3), %4 personas only %5 (%6). The silhouette prefers %4 (%7 against %8), but merging would hide a core persona.</source>
        <translation>%1 פרסונות: הן מראות %2 סוגי לקוחות (%3), ואילו %4 פרסונות רק %5 (%6). מדד הסילואט מעדיף %4 (%7 מול %8), אבל איחוד היה מסתיר פרסונת ליבה.</translation>
    </message>
    <message>
        <source>%1 personas, as asked.</source>
        <translation>%1 פרסונות, כפי שהתבקש.</translation>
    </message>
    <message>
        <source>%1 personas (%2): the smallest number whose people are stable across re-runs and separated nearly as well as the best (silhouette %3).</source>
        <translation>%1 פרסונות (%2): המספר הקטן ביותר שאנשיו יציבים בהרצות חוזרות ומופרדים כמעט כמו הטוב ביותר (סילואט %3).</translation>
    </message>
    <message>
        <source>One persona more would show no other kind of customer.</source>
        <translation>פרסונה נוספת לא הייתה מראה סוג לקוחות אחר.</translation>
    </message>
    <message>
        <source>%1 personas would show another kind of customer (%2), but their people are not stable enough across re-runs or not separated well enough (silhouette %3, stability %4).</source>
        <translation>%1 פרסונות היו מראות סוג לקוחות נוסף (%2), אבל אנשיהן אינם יציבים מספיק בהרצות חוזרות או אינם מופרדים היטב מספיק (סילואט %3, יציבות %4).</translation>
    </message>
    <message>
        <source>%1 personas (%2), as in the run before: no other number shows more kinds of customer.</source>
        <translation>%1 פרסונות (%2), כמו בהרצה הקודמת: שום מספר אחר לא מראה יותר סוגי לקוחות.</translation>
    </message>
    <message>
        <source>%1 personas: they show %2 kinds of customer (%3), %4 personas only %5 (%6). %4 personas separate people nearly as well (silhouette %7 against %8), but merging would hide a core persona.</source>
        <translation>%1 פרסונות: הן מראות %2 סוגי לקוחות (%3), ואילו %4 פרסונות רק %5 (%6). %4 פרסונות מפרידות בין האנשים כמעט באותה מידה (מדד סילואט %7 מול %8), אבל איחוד היה מסתיר פרסונת ליבה.</translation>
    </message>
    <message>
        <source>%1 personas were tried besides the numbers asked for, because one persona held active and lapsed repeat buyers together.</source>
        <translation>נוסו גם %1 פרסונות מעבר למספרים שהתבקשו, כי פרסונה אחת החזיקה יחד קונים חוזרים פעילים וקונים חוזרים שנטשו.</translation>
    </message>
</context>
<context>
    <name>ShopifyFormat</name>
    <message>
        <source>Shopify export (customers or orders)</source>
        <translation>ייצוא מ-Shopify (לקוחות או הזמנות)</translation>
    </message>
    <message>
        <source>A Shopify orders export needs the columns Created at and Total</source>
        <translation>קובץ ייצוא הזמנות של Shopify חייב לכלול את העמודות Created at ו-Total</translation>
    </message>
    <message>
        <source>The header is neither that of a Shopify orders export (Name, Lineitem quantity, ...) nor that of a Shopify customers export (Customer ID, First Name, Email, ...)</source>
        <translation>שורת הכותרת אינה של קובץ ייצוא הזמנות של Shopify (Name, Lineitem quantity, ...) וגם לא של קובץ ייצוא לקוחות של Shopify (Customer ID, First Name, Email, ...)</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>The project cannot be read: %1</source>
        <translation>לא ניתן לקרוא את הפרויקט: %1</translation>
    </message>
</context>
<context>
    <name>SummaryExporter</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>לא ניתן לכתוב את הקובץ: %1</translation>
    </message>
</context>
<context>
    <name>TemplateJson</name>
    <message>
        <source>expected a string, found %1</source>
        <translation>נדרשת מחרוזת (string), אבל נמצא %1</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>JSON לא תקין בתו %1: %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>נדרש אובייקט (object)</translation>
    </message>
    <message>
        <source>this is not a Persona Workbench template</source>
        <translation>זו אינה תבנית של Persona Workbench</translation>
    </message>
    <message>
        <source>expected a version number</source>
        <translation>נדרש מספר גרסה</translation>
    </message>
    <message>
        <source>version %1 is newer than this application reads (%2)</source>
        <translation>הגרסה %1 חדשה יותר ממה שהאפליקציה הזו יודעת לקרוא (%2)</translation>
    </message>
    <message>
        <source>the template needs a name</source>
        <translation>לתבנית נדרש שם</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>נדרש מערך (array), אבל נמצא %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>נדרש אובייקט (object), אבל נמצא %1</translation>
    </message>
    <message>
        <source>every section needs a key</source>
        <translation>לכל מקטע נדרש מפתח (key)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation>המפתח &quot;%1&quot; מופיע פעמיים</translation>
    </message>
    <message>
        <source>unknown section type &quot;%1&quot;</source>
        <translation>סוג מקטע לא מוכר: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected two labels</source>
        <translation>נדרשות שתי תוויות</translation>
    </message>
    <message>
        <source>unknown figure &quot;%1&quot;</source>
        <translation>מדד לא מוכר: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the template is too large (%1 KB; at most %2 KB)</source>
        <translation>התבנית גדולה מדי (%1 KB; לכל היותר %2 KB)</translation>
    </message>
    <message>
        <source>the template has %1 sections; at most %2 are read</source>
        <translation>בתבנית יש %1 מקטעים; נקראים לכל היותר %2</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>E-commerce buyer (B2C)</source>
        <translation>קונה במסחר מקוון (B2C)</translation>
    </message>
    <message>
        <source>B2B buyer</source>
        <translation>קונה עסקי (B2B)</translation>
    </message>
    <message>
        <source>Lean (one page)</source>
        <translation>רזה (עמוד אחד)</translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation>תבנית ללא שם</translation>
    </message>
    <message>
        <source>A built-in template cannot be changed; duplicate it</source>
        <translation>אי אפשר לשנות תבנית מובנית; יש לשכפל אותה</translation>
    </message>
    <message>
        <source>The template needs a name</source>
        <translation>לתבנית נדרש שם</translation>
    </message>
    <message>
        <source>Another program deleted the template “%1”</source>
        <translation>תוכנה אחרת מחקה את התבנית „%1”</translation>
    </message>
    <message>
        <source>Another program changed the template “%1”</source>
        <translation>תוכנה אחרת שינתה את התבנית „%1”</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>The run as of %1 failed: %2</source>
        <translation>ההרצה נכון ל-%1 נכשלה: %2</translation>
    </message>
    <message>
        <source>Run %1 of %2, as of %3</source>
        <translation>הרצה %1 מתוך %2, נכון ל-%3</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Edit Journey Note</source>
        <translation>עריכת הערה במסע הלקוח</translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation>שינוי שם הפרסונה</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>שינוי צבע</translation>
    </message>
    <message>
        <source>Change Archetype</source>
        <translation>שינוי ארכיטיפ</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>עריכת %1</translation>
    </message>
    <message>
        <source>Change Evidence of %1</source>
        <translation>שינוי מקור המידע של %1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>איפוס %1</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>הסרת תמונה</translation>
    </message>
    <message>
        <source>Change Photo</source>
        <translation>החלפת תמונה</translation>
    </message>
    <message>
        <source>Change Avatar</source>
        <translation>שינוי אווטאר</translation>
    </message>
    <message>
        <source>Change Template</source>
        <translation>החלפת תבנית</translation>
    </message>
    <message>
        <source>Link Segment</source>
        <translation>קישור לפלח</translation>
    </message>
    <message>
        <source>Unlink Segment</source>
        <translation>ניתוק מהפלח</translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation>יצירת פרסונה</translation>
    </message>
    <message>
        <source>Duplicate Persona</source>
        <translation>שכפול פרסונה</translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation>מחיקת פרסונה</translation>
    </message>
    <message>
        <source>Move Persona</source>
        <translation>העברת פרסונה</translation>
    </message>
    <message>
        <source>Change Journey Stage Rules</source>
        <translation>שינוי כללי שלבי מסע הלקוח</translation>
    </message>
    <message>
        <source>Remove Picture of %1</source>
        <translation>הסרת התמונה של %1</translation>
    </message>
    <message>
        <source>Change Picture of %1</source>
        <translation>החלפת התמונה של %1</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>יצירת תבנית</translation>
    </message>
    <message>
        <source>Duplicate Template</source>
        <translation>שכפול תבנית</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>מחיקת תבנית</translation>
    </message>
    <message>
        <source>Rename Template</source>
        <translation>שינוי שם התבנית</translation>
    </message>
    <message>
        <source>Add Section %1</source>
        <translation>הוספת המקטע %1</translation>
    </message>
    <message>
        <source>Remove Section %1</source>
        <translation>הסרת המקטע %1</translation>
    </message>
    <message>
        <source>Move Section %1</source>
        <translation>הזזת המקטע %1</translation>
    </message>
    <message>
        <source>Rename Section %1</source>
        <translation>שינוי שם המקטע %1</translation>
    </message>
    <message>
        <source>Change Type of %1</source>
        <translation>שינוי הסוג של %1</translation>
    </message>
    <message>
        <source>Change Poles of %1</source>
        <translation>שינוי הקטבים של %1</translation>
    </message>
    <message>
        <source>Change Figures of %1</source>
        <translation>שינוי המדדים של %1</translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation>ייבוא תבנית</translation>
    </message>
    <message>
        <source>Propose Personas</source>
        <translation>הצעת פרסונות</translation>
    </message>
    <message>
        <source>Restore Version of %1</source>
        <translation>שחזור הגרסה מ־%1</translation>
    </message>
</context>
<context>
    <name>WooCommerceFormat</name>
    <message>
        <source>WooCommerce Analytics export (customers or orders)</source>
        <translation>ייצוא מ-WooCommerce Analytics (לקוחות או הזמנות)</translation>
    </message>
    <message>
        <source>A WooCommerce orders export needs the columns Date and Customer</source>
        <translation>קובץ ייצוא הזמנות של WooCommerce חייב לכלול את העמודות Date ו-Customer</translation>
    </message>
    <message>
        <source>The header is neither that of a WooCommerce Analytics orders export (Date, Order #, Customer, Net Sales, ...) nor of its customers export (Name, Username, Sign Up, ...)</source>
        <translation>שורת הכותרת אינה של קובץ ייצוא הזמנות של WooCommerce Analytics (Date, Order #, Customer, Net Sales, ...) וגם לא של קובץ ייצוא הלקוחות שלו (Name, Username, Sign Up, ...)</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook&apos;s XML is nested too deeply</source>
        <translation>מבנה ה-XML של חוברת העבודה מקונן לעומק רב מדי</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1</source>
        <translation>חוברת העבודה פגומה: %1</translation>
    </message>
    <message>
        <source>The workbook is too large once uncompressed</source>
        <translation>חוברת העבודה גדולה מדי לאחר פריסת הדחיסה</translation>
    </message>
    <message>
        <source>The file is not a readable workbook (zip error %1)</source>
        <translation>הקובץ אינו חוברת עבודה קריאה (שגיאת zip %1)</translation>
    </message>
    <message>
        <source>The workbook has no worksheet</source>
        <translation>אין בחוברת העבודה גיליון</translation>
    </message>
    <message>
        <source>The workbook refers to a missing shared string</source>
        <translation>חוברת העבודה מפנה למחרוזת משותפת (shared string) שאינה קיימת</translation>
    </message>
    <message>
        <source>The workbook&apos;s XML declares a document type (DTD), which workbooks never do</source>
        <translation>ה-XML של חוברת העבודה מצהיר על סוג מסמך (DTD), דבר שחוברות עבודה לעולם אינן עושות</translation>
    </message>
    <message>
        <source>The workbook refers to a part outside the archive: %1</source>
        <translation>חוברת העבודה מפנה לחלק מחוץ לארכיון: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Buyer personas from your own customer data.</source>
        <translation>פרסונות של קונים מתוך נתוני הלקוחות שלכם.</translation>
    </message>
    <message>
        <source>Interface language: en, he or ru.</source>
        <translation>שפת הממשק: en, he או ru.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>שמירת צילום של החלון בקובץ FILE ויציאה.</translation>
    </message>
    <message>
        <source>The project file to open.</source>
        <translation>קובץ הפרויקט לפתיחה.</translation>
    </message>
    <message>
        <source>Unsupported language: %1 (use en, he or ru)</source>
        <translation>שפה לא נתמכת: %1 (יש להשתמש ב-en, he או ru)</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>לא ניתן לכתוב את צילום המסך %1</translation>
    </message>
    <message>
        <source>Show the view NAME first: card, editor, comparison, journey, proposal, timeline or templates.</source>
        <translation>פתיחה בתצוגה NAME: card, editor, comparison, journey, proposal, timeline או templates.</translation>
    </message>
</context>
<context>
    <name>pw</name>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Archetype</source>
        <translation>ארכיטיפ</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>צבע</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>אווטאר</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>פלח</translation>
    </message>
</context>
<context>
    <name>pw::CardView</name>
    <message>
        <source>No persona to show.
Import customer data and choose Personas &gt; Propose personas.</source>
        <translation>אין פרסונה להצגה.
יש לייבא נתוני לקוחות ולבחור פרסונות &gt; הצעת פרסונות.</translation>
    </message>
</context>
<context>
    <name>pw::ComparisonView</name>
    <message>
        <source>Figures to compare</source>
        <translation>מדדים להשוואה</translation>
    </message>
    <message>
        <source>Sections to compare</source>
        <translation>מקטעים להשוואה</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>&amp;מדדים:</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>מ&amp;קטעים:</translation>
    </message>
</context>
<context>
    <name>pw::EditorController</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>&amp;New Persona</source>
        <translation>פרסונה ח&amp;דשה</translation>
    </message>
    <message>
        <source>&amp;Duplicate Persona</source>
        <translation>&amp;שכפול פרסונה</translation>
    </message>
    <message>
        <source>De&amp;lete Persona</source>
        <translation>&amp;מחיקת פרסונה</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>הזזה למ&amp;עלה</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>הזזה למ&amp;טה</translation>
    </message>
    <message>
        <source>Edit &amp;Templates…</source>
        <translation>עריכת &amp;תבניות…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ביצוע &amp;חוזר</translation>
    </message>
    <message>
        <source>Persona Workbench</source>
        <translation>Persona Workbench</translation>
    </message>
    <message>
        <source>The change cannot be saved: %1</source>
        <translation>לא ניתן לשמור את השינוי: %1</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;גרסאות…</translation>
    </message>
    <message>
        <source>Every version of the persona: compare two, restore one</source>
        <translation>כל הגרסאות של הפרסונה: השוואה בין שתיים, שחזור של אחת</translation>
    </message>
</context>
<context>
    <name>pw::ExportController</name>
    <message>
        <source>Open or create a project first.</source>
        <translation>יש לפתוח או ליצור פרויקט תחילה.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>יי&amp;צוא…</translation>
    </message>
    <message>
        <source>Export the personas as a PDF or PowerPoint deck, card images or summaries</source>
        <translation>ייצוא הפרסונות כמצגת PDF או PowerPoint, כתמונות של כרטיסים או כסיכומים</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Exporting the personas…</source>
        <translation>ייצוא הפרסונות…</translation>
    </message>
    <message>
        <source>The export to %1 failed.

%2</source>
        <translation>הייצוא אל %1 נכשל.

%2</translation>
    </message>
    <message>
        <source>The export was written to %1.</source>
        <translation>הייצוא נשמר ב-%1.</translation>
    </message>
    <message>
        <source>The export was canceled; nothing was written.</source>
        <translation>הייצוא בוטל; לא נכתב דבר.</translation>
    </message>
    <message>
        <source>The deck gets a page of what changed since run %1.</source>
        <translation>במצגת יהיה עמוד של מה שהשתנה מאז הרצה %1.</translation>
    </message>
    <message>
        <source>The deck gets no &quot;What changed&quot; page: %1</source>
        <translation>במצגת לא יהיה עמוד &quot;מה השתנה&quot;: %1</translation>
    </message>
    <message>
        <source>The last workshop</source>
        <translation>הסדנה האחרונה</translation>
    </message>
    <message>
        <source>The last workshop (%1)</source>
        <translation>הסדנה האחרונה (%1)</translation>
    </message>
    <message>
        <source>%1, %2 segments</source>
        <translation>%1, %2 פלחים</translation>
    </message>
    <message>
        <source>No &quot;What changed&quot; page</source>
        <translation>בלי עמוד &quot;מה השתנה&quot;</translation>
    </message>
    <message>
        <source>It shows what changed since run %1.</source>
        <translation>היא מראה מה השתנה מאז הרצה %1.</translation>
    </message>
    <message>
        <source>Its run could not be noted as the last workshop&apos;s: %1</source>
        <translation>לא ניתן היה לרשום את ההרצה שלה כהרצה של הסדנה האחרונה: %1</translation>
    </message>
</context>
<context>
    <name>pw::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>PDF deck</source>
        <translation>מצגת PDF</translation>
    </message>
    <message>
        <source>PowerPoint deck (.pptx)</source>
        <translation>מצגת PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>A PNG image per card</source>
        <translation>תמונת PNG לכל כרטיס</translation>
    </message>
    <message>
        <source>Persona summaries as JSON</source>
        <translation>סיכומי פרסונות בפורמט JSON</translation>
    </message>
    <message>
        <source>Persona summaries as CSV</source>
        <translation>סיכומי פרסונות בפורמט CSV</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> פיקסלים</translation>
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
        <translation>לרוחב (עמוד אחד בכל גיליון)</translation>
    </message>
    <message>
        <source>Portrait (two pages per sheet)</source>
        <translation>לאורך (שני עמודים בכל גיליון)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> אנשים</translation>
    </message>
    <message>
        <source>Segments with fewer people show no exact figures</source>
        <translation>בפלחים עם פחות אנשים לא יוצגו נתונים מדויקים</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;פורמט:</translation>
    </message>
    <message>
        <source>Image &amp;width:</source>
        <translation>&amp;רוחב התמונה:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>גודל &amp;נייר:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;כיוון:</translation>
    </message>
    <message>
        <source>&amp;Smallest segment with figures:</source>
        <translation>גודל &amp;מינימלי של פלח להצגת מדדים:</translation>
    </message>
    <message>
        <source>&amp;Language of the export:</source>
        <translation>&amp;שפת הייצוא:</translation>
    </message>
    <message>
        <source>Exports hold aggregates only, never a customer&apos;s identifiers.</source>
        <translation>קובצי הייצוא כוללים נתונים מצטברים בלבד, לעולם לא מזהים של לקוחות.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>יי&amp;צוא</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;תיקייה:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;קובץ:</translation>
    </message>
    <message>
        <source>Folder for the card images</source>
        <translation>תיקייה לתמונות הכרטיסים</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>מסמכי PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>מצגות PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>קובצי JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>ייצוא אל</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>יש לבחור היכן לשמור את הייצוא.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 הוא קובץ, לא תיקייה.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 היא תיקייה: יש לציין שם קובץ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>התיקייה %1 אינה קיימת.</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 כבר קיים. להחליף אותו?</translation>
    </message>
    <message>
        <source>&amp;What changed since:</source>
        <translation>&amp;מה השתנה מאז:</translation>
    </message>
    <message>
        <source>The run the deck&apos;s &quot;What changed&quot; page compares the personas with</source>
        <translation>ההרצה שאליה עמוד &quot;מה השתנה&quot; במצגת משווה את הפרסונות</translation>
    </message>
    <message>
        <source>The last workshop</source>
        <translation>הסדנה האחרונה</translation>
    </message>
    <message>
        <source>HTML deck for any browser (.html)</source>
        <translation>מצגת HTML לכל דפדפן (.html)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>דפי אינטרנט (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>pw::FunnelChart</name>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>אין נתונים</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>אין נתונים</translation>
    </message>
    <message>
        <source>▼ %1 lost</source>
        <translation>▼ %1 נשרו</translation>
    </message>
    <message>
        <source>▲ %1 more</source>
        <translation>▲ %1 יותר</translation>
    </message>
    <message>
        <source>median %1 h</source>
        <translation>חציון: %1 שע׳</translation>
    </message>
    <message>
        <source>median %1 days</source>
        <translation>חציון: %1 ימים</translation>
    </message>
</context>
<context>
    <name>pw::FunnelView</name>
    <message>
        <source>All personas side by side</source>
        <translation>כל הפרסונות זו לצד זו</translation>
    </message>
    <message>
        <source>This persona against everyone else</source>
        <translation>הפרסונה הזו מול כל השאר</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>כולם</translation>
    </message>
    <message>
        <source>Export the people at this stage…</source>
        <translation>ייצוא האנשים בשלב הזה…</translation>
    </message>
    <message>
        <source>Open a project to see its journey funnels.</source>
        <translation>יש לפתוח פרויקט כדי לראות את משפכי מסע הלקוח שלו.</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>כל השאר</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>שלב: %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>אין נתונים</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln אדם</numerusform>
            <numerusform>%Ln אנשים</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 go on to the next stage</source>
        <translation>%1 ממשיכים לשלב הבא</translation>
    </message>
    <message>
        <source>median %1 hours to the next</source>
        <translation>חציון של %1 שעות עד לשלב הבא</translation>
    </message>
    <message>
        <source>time to convert: %1</source>
        <translation>זמן עד להמרה: %1</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>זמן עד להמרה</translation>
    </message>
    <message>
        <source>Stage rules…</source>
        <translation>כללי השלבים…</translation>
    </message>
    <message>
        <source>As of %1: the journeys as they were on that day</source>
        <translation>נכון ל-%1: המסעות כפי שהיו באותו יום</translation>
    </message>
</context>
<context>
    <name>pw::ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;ייבוא…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>יש לפתוח או ליצור פרויקט תחילה.</translation>
    </message>
    <message>
        <source>Import Customer Data</source>
        <translation>ייבוא נתוני לקוחות</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>קובצי נתונים (*.csv *.tsv *.txt *.xlsx);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Importing customer data…</source>
        <translation>ייבוא נתוני לקוחות…</translation>
    </message>
    <message>
        <source>The import was canceled; nothing was imported.</source>
        <translation>הייבוא בוטל; לא יובאו נתונים.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>הייבוא נכשל</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>לא יובאו נתונים.

%1</translation>
    </message>
    <message>
        <source>%1 of %2 rows imported.</source>
        <translation>יובאו %1 מתוך %2 שורות.</translation>
    </message>
    <message>
        <source>%1 rows were rejected:</source>
        <translation>%1 שורות נדחו:</translation>
    </message>
    <message>
        <source>The personas are from the earlier data (%1 people). Propose personas again to take in what was imported; what you wrote on them is kept.</source>
        <translation>הפרסונות מבוססות על הנתונים הקודמים (%1 אנשים). כדי לכלול את מה שיובא, יש להציע פרסונות מחדש; מה שכתבת בהן יישמר.</translation>
    </message>
    <message>
        <source>Propose Personas…</source>
        <translation>הצעת פרסונות…</translation>
    </message>
    <message>
        <source>This project is set to keep customers&apos; e-mail addresses and names readable instead of pseudonymising them. The setting is stored in the project file, perhaps by whoever sent it to you.</source>
        <translation>הפרויקט הזה מוגדר לשמור את כתובות הדוא״ל והשמות של הלקוחות קריאים במקום להתמים אותם. ההגדרה שמורה בקובץ הפרויקט, אולי על ידי מי ששלח לכם אותו.</translation>
    </message>
    <message>
        <source>Keep e-mail addresses and names readable in this import?</source>
        <translation>לשמור כתובות דוא״ל ושמות קריאים בייבוא הזה?</translation>
    </message>
    <message>
        <source>Pseudonymise</source>
        <translation>התממה</translation>
    </message>
    <message>
        <source>Keep Readable</source>
        <translation>שמירה כקריא</translation>
    </message>
    <message>
        <source>E-mail addresses and names were kept readable.</source>
        <translation>כתובות הדוא״ל והשמות נשמרו קריאים.</translation>
    </message>
    <message>
        <source>E-mail addresses and names were pseudonymised.</source>
        <translation>כתובות הדוא״ל והשמות עברו התממה.</translation>
    </message>
</context>
<context>
    <name>pw::ImportWizard</name>
    <message>
        <source>Import %1</source>
        <translation>ייבוא %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>What the file is, as detected. Change it if the detection is wrong.</source>
        <translation>סוג הקובץ כפי שזוהה. אם הזיהוי שגוי, אפשר לשנות אותו.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>עמודות</translation>
    </message>
    <message>
        <source>What each column is read as, and the first rows as they will be stored.</source>
        <translation>איך תיקרא כל עמודה, והשורות הראשונות כפי שהן יישמרו.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>בדיקה</translation>
    </message>
    <message>
        <source>Every row checked before anything is written.</source>
        <translation>כל השורות נבדקות לפני שנשמר משהו.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>קובץ:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>זיהוי אוטומטי</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>פורמט:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>קידוד טקסט:</translation>
    </message>
    <message>
        <source>Decide from the dates</source>
        <translation>זיהוי לפי התאריכים</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>יום/חודש (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>חודש/יום (12/31/2024)</translation>
    </message>
    <message>
        <source>Dates like 03/04/2024:</source>
        <translation>תאריכים כמו 03/04/2024:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>עמודה בקובץ</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>תיקרא כ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>ערכים</translation>
    </message>
    <message>
        <source>First rows as they will be stored:</source>
        <translation>השורות הראשונות כפי שהן יישמרו:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>שורה</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>עמודה</translation>
    </message>
    <message>
        <source>Value&apos;s column</source>
        <translation>עמודת הערך</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>בעיה</translation>
    </message>
    <message>
        <source>Detected: %1, %2.</source>
        <translation>זוהה: %1, %2.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>טאב</translation>
    </message>
    <message>
        <source>Excel workbook.</source>
        <translation>חוברת עבודה של Excel.</translation>
    </message>
    <message>
        <source>Encoding %1, columns separated by “%2”.</source>
        <translation>קידוד %1, העמודות מופרדות באמצעות &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s).</source>
        <translation>
            <numerusform>%n עמודה.</numerusform>
            <numerusform>%n עמודות.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recognised: %1</source>
        <translation>לא זוהה: %1</translation>
    </message>
    <message>
        <source>Map the columns on the next page.</source>
        <translation>אפשר למפות את העמודות בעמוד הבא.</translation>
    </message>
    <message>
        <source>A column mapping remembered for files of this shape is applied.</source>
        <translation>הוחל מיפוי עמודות ששמור עבור קבצים במבנה הזה.</translation>
    </message>
    <message>
        <source>Choose what each column holds. Columns read as nothing are ignored.</source>
        <translation>יש לבחור מה מכילה כל עמודה. עמודות שמסומנות &quot;(ללא)&quot; לא ייובאו.</translation>
    </message>
    <message>
        <source>The %1 format reads these columns itself. To map them yourself, choose the generic format on the previous page.</source>
        <translation>הפורמט %1 קורא את העמודות האלה בעצמו. כדי למפות אותן ידנית, יש לבחור בפורמט הכללי בעמוד הקודם.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ללא)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>לא ניתן לייבא את הקובץ הזה: %1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 good, %3 with problems.</source>
        <translation>נקראו %1 שורות: %2 תקינות, %3 עם בעיות.</translation>
    </message>
    <message>
        <source>%1 rows without a customer are anonymous and will not be imported.</source>
        <translation>%1 שורות ללא לקוח הן אנונימיות ולא ייובאו.</translation>
    </message>
    <message>
        <source>Rows with problems are skipped; the good rows are imported.</source>
        <translation>המערכת תדלג על השורות הבעייתיות ותייבא את השורות התקינות.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>בדיקה…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>בדיקת כל השורות…</translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation>הבדיקה בוטלה.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>הקודם</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>הבא</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>לא מיובא</translation>
    </message>
</context>
<context>
    <name>pw::JourneyController</name>
    <message>
        <source>Funnel</source>
        <translation>משפך</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>מפת מסע הלקוח</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;מסע הלקוח</translation>
    </message>
    <message>
        <source>Export Funnel Chart as &amp;PNG…</source>
        <translation>ייצוא תרשים המשפך כ-&amp;PNG…</translation>
    </message>
    <message>
        <source>Computing the journey funnels…</source>
        <translation>חישוב משפכי מסע הלקוח…</translation>
    </message>
    <message>
        <source>The funnel computation was canceled.</source>
        <translation>חישוב המשפך בוטל.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>Export Funnel Chart</source>
        <translation>ייצוא תרשים המשפך</translation>
    </message>
    <message>
        <source>funnel.png</source>
        <translation>funnel.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>תמונות PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the People at a Stage</source>
        <translation>ייצוא האנשים בשלב</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <source>Journey Stage Rules</source>
        <translation>כללי שלבי מסע הלקוח</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>זמן עד להמרה</translation>
    </message>
    <message>
        <source>&amp;Stage Rules…</source>
        <translation>כללי ה&amp;שלבים…</translation>
    </message>
    <message>
        <source>Export &amp;Time-to-Convert Chart as PNG…</source>
        <translation>ייצוא תרשים ה&amp;זמן עד להמרה כ-PNG…</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>כל השאר</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>כולם</translation>
    </message>
    <message>
        <source>Export Time-to-Convert Chart</source>
        <translation>ייצוא תרשים הזמן עד להמרה</translation>
    </message>
    <message>
        <source>time-to-convert.png</source>
        <translation>time-to-convert.png</translation>
    </message>
    <message>
        <source>%1; the funnels show the rules as stored now, and this change was not saved.</source>
        <translation>%1; המשפכים מציגים את הכללים כפי שהם שמורים כעת, והשינוי הזה לא נשמר.</translation>
    </message>
    <message>
        <source>Another program changed the journey stage rules while you edited them; yours were not saved. Open the rules again to see them as stored now.</source>
        <translation>תוכנה אחרת שינתה את כללי שלבי המסע בזמן שערכת אותם; הכללים שלך לא נשמרו. יש לפתוח את הכללים שוב כדי לראות אותם כפי שהם שמורים כעת.</translation>
    </message>
</context>
<context>
    <name>pw::JourneyMapModel</name>
    <message>
        <source>%1: the journey notes were read again and this change was not saved.</source>
        <translation>%1: הערות המסע נקראו מחדש והשינוי הזה לא נשמר.</translation>
    </message>
</context>
<context>
    <name>pw::LanguageController</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Applies when Persona Workbench next starts</source>
        <translation>השינוי ייכנס לתוקף בהפעלה הבאה של Persona Workbench</translation>
    </message>
    <message>
        <source>Persona Workbench will use %1 the next time it starts. Until then it stays in %2.</source>
        <translation>בהפעלה הבאה של Persona Workbench, שפת הממשק תהיה %1. עד אז היא נשארת %2.</translation>
    </message>
    <message>
        <source>%1 (at the next start)</source>
        <translation>%1 (בהפעלה הבאה)</translation>
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
        <translation>פרסונות</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;פרסונות</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <source>&amp;About Persona Workbench</source>
        <translation>&amp;אודות Persona Workbench</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>אין פרויקט פתוח</translation>
    </message>
    <message>
        <source>%1 people · %2 orders · revenue %3</source>
        <translation>%1 אנשים · %2 הזמנות · הכנסות: %3</translation>
    </message>
    <message>
        <source>About Persona Workbench</source>
        <translation>אודות Persona Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Persona Workbench %1&lt;/h3&gt;&lt;p&gt;Turns your own customer data into buyer personas, on your own machine.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Persona Workbench %1&lt;/h3&gt;&lt;p&gt;הופך את נתוני הלקוחות שלכם לפרסונות של קונים – ישירות במחשב שלכם.&lt;/p&gt;&lt;p&gt;מופץ ברישיון GNU General Public License, גרסה 3 ואילך.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>כרטיס</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>מסע הלקוח</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>עריכה</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>השוואה</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>הצעה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>Another program changed the project: the window shows it as it is now.</source>
        <translation>תוכנה אחרת שינתה את הפרויקט: החלון מציג אותו כפי שהוא כעת.</translation>
    </message>
    <message>
        <source>The personas are from earlier data (%1 people): Personas › Propose Personas takes in the new data.</source>
        <translation>הפרסונות מבוססות על נתונים קודמים (%1 אנשים): פרסונות › הצעת פרסונות יכלול את הנתונים החדשים.</translation>
    </message>
    <message>
        <source>Read-only (the file or its folder cannot be written): nothing can be changed.</source>
        <translation>לקריאה בלבד (אי אפשר לכתוב לקובץ או לתיקייה שלו): אי אפשר לשנות דבר.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
    <message>
        <source>A timeline of %1 runs was made: the personas are those of its last run.</source>
        <translation>נוצר ציר זמן של %1 הרצות: הפרסונות הן אלה של ההרצה האחרונה שלו.</translation>
    </message>
    <message>
        <source>Undo steps that no longer apply were dropped.</source>
        <translation>צעדי ביטול שכבר אינם חלים הוסרו.</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>סרגל הכלים הראשי</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>Propose Personas</source>
        <translation>הצעת פרסונות</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>הצגת מצגת</translation>
    </message>
    <message>
        <source>Counting people, orders and revenue…</source>
        <translation>סופר אנשים, הזמנות והכנסות…</translation>
    </message>
    <message>
        <source>The project&apos;s figures cannot be read.</source>
        <translation>לא ניתן לקרוא את נתוני הפרויקט.</translation>
    </message>
</context>
<context>
    <name>pw::PersonaDocument</name>
    <message numerus="yes">
        <source>Another program changed the project: undo steps that no longer apply were dropped (%n).</source>
        <translation>
            <numerusform>תוכנה אחרת שינתה את הפרויקט: צעד ביטול אחד כבר אינו רלוונטי והוסר.</numerusform>
            <numerusform>תוכנה אחרת שינתה את הפרויקט: %n צעדי ביטול כבר אינם רלוונטיים והוסרו.</numerusform>
        </translation>
    </message>
    <message>
        <source>its name</source>
        <translation>את שמה</translation>
    </message>
    <message>
        <source>its archetype</source>
        <translation>את הארכיטיפ שלה</translation>
    </message>
    <message>
        <source>its segment and figures</source>
        <translation>את הפלח והנתונים שלה</translation>
    </message>
    <message>
        <source>its template</source>
        <translation>את התבנית שלה</translation>
    </message>
    <message>
        <source>what is written on it</source>
        <translation>את מה שכתוב בה</translation>
    </message>
    <message>
        <source>its picture or colour</source>
        <translation>את התמונה או הצבע שלה</translation>
    </message>
    <message>
        <source>something</source>
        <translation>משהו</translation>
    </message>
    <message>
        <source>Another program deleted “%1” while you were working on it: your change (%2) was not kept.</source>
        <translation>תוכנה אחרת מחקה את „%1” בזמן שעבדת עליה: השינוי שלך (%2) לא נשמר.</translation>
    </message>
    <message>
        <source>Another program changed “%1” (%3) while you were working on it: your change (%2) was made again on the new version.</source>
        <translation>תוכנה אחרת שינתה את „%1” (%3) בזמן שעבדת עליה: השינוי שלך (%2) בוצע שוב על הגרסה החדשה.</translation>
    </message>
    <message>
        <source>Another program changed “%1” (%3) while you were working on it: your change (%2) could not be saved: %4</source>
        <translation>תוכנה אחרת שינתה את „%1” (%3) בזמן שעבדת עליה: לא ניתן היה לשמור את השינוי שלך (%2): %4</translation>
    </message>
    <message>
        <source>it changed again</source>
        <translation>היא השתנתה שוב</translation>
    </message>
    <message>
        <source>Another program changed “%1” (%3) while you were working on it, including what your change (%2) changes: theirs is kept and yours was not saved.</source>
        <translation>תוכנה אחרת שינתה את „%1” (%3) בזמן שעבדת עליה, כולל מה שהשינוי שלך (%2) משנה: השינוי שלה נשמר ושלך לא נשמר.</translation>
    </message>
    <message>
        <source>Another program changed “%1” (%3) while you were working on it: your change (%2) was not kept, since what it changed is no longer there.</source>
        <translation>תוכנה אחרת שינתה את „%1” (%3) בזמן שעבדת עליה: השינוי שלך (%2) לא נשמר, כי מה שהוא שינה כבר אינו קיים.</translation>
    </message>
    <message>
        <source>Another program changed “%1” (%3) while you were working on it: it was not deleted (%2). Look at it again and delete it if you still want to.</source>
        <translation>תוכנה אחרת שינתה את „%1” (%3) בזמן שעבדת עליה: היא לא נמחקה (%2). יש לעיין בה שוב ולמחוק אותה אם עדיין רוצים בכך.</translation>
    </message>
    <message>
        <source>Another program deleted “%1” already (%2).</source>
        <translation>תוכנה אחרת כבר מחקה את „%1” (%2).</translation>
    </message>
    <message>
        <source>Another program changed the segmentation: the segment you chose is no longer there, and “%1” was not linked. The list shows the segments as they are now.</source>
        <translation>תוכנה אחרת שינתה את הפילוח: הפלח שבחרת כבר אינו קיים, ו„%1” לא קושרה אליו. הרשימה מציגה את הפלחים כפי שהם כעת.</translation>
    </message>
    <message>
        <source>The proposal of personas was not undone: %1. Nothing was changed.</source>
        <translation>הצעת הפרסונות לא בוטלה: %1. דבר לא שונה.</translation>
    </message>
    <message>
        <source>The proposal of personas was not made again: %1. Nothing was changed.</source>
        <translation>הצעת הפרסונות לא בוצעה שוב: %1. דבר לא שונה.</translation>
    </message>
    <message>
        <source>Version %1 is not a version of this persona</source>
        <translation>גרסה %1 אינה גרסה של פרסונה זו</translation>
    </message>
</context>
<context>
    <name>pw::PersonaForm</name>
    <message>
        <source>Choose a persona in the list, or create one with Personas › New Persona.</source>
        <translation>יש לבחור פרסונה מהרשימה, או ליצור פרסונה חדשה דרך פרסונות › פרסונה חדשה.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;צבע:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ללא</translation>
    </message>
    <message>
        <source>&amp;Archetype:</source>
        <translation>&amp;ארכיטיפ:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;תבנית:</translation>
    </message>
    <message>
        <source>None (a proto-persona)</source>
        <translation>ללא (פרוטו-פרסונה)</translation>
    </message>
    <message>
        <source>Segment %1: %2 (%3 people)</source>
        <translation>פלח %1: %2 (%3 אנשים)</translation>
    </message>
    <message>
        <source>Linked &amp;segment:</source>
        <translation>&amp;פלח מקושר:</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>שימוש בהצעה</translation>
    </message>
    <message>
        <source>Evidence of %1</source>
        <translation>מקור המידע של %1</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>תגיות, מופרדות בפסיקים</translation>
    </message>
    <message>
        <source>One point per line</source>
        <translation>נקודה אחת בכל שורה</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>ראשי תיבות</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>איור</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>בחירת ת&amp;מונה…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>הסרת תמונה</translation>
    </message>
    <message>
        <source>No figures: this persona is not linked to a segment of the data.</source>
        <translation>אין מדדים: הפרסונה הזו אינה מקושרת לפלח בנתונים.</translation>
    </message>
    <message>
        <source>The journey funnel of the linked segment, computed from the data.</source>
        <translation>משפך מסע הלקוח של הפלח המקושר, מחושב מתוך הנתונים.</translation>
    </message>
    <message>
        <source>No journey: this persona is not linked to a segment of the data.</source>
        <translation>אין מסע לקוח: הפרסונה הזו אינה מקושרת לפלח בנתונים.</translation>
    </message>
    <message>
        <source>Persona Colour</source>
        <translation>צבע הפרסונה</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>בחירת תמונה</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>תמונות (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>לא ניתן לקרוא את %1 כתמונה: %2</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>בחירת תמונה…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>הסרת תמונה</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>ללא תמונה</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 גדול מ-%2 MB.</translation>
    </message>
    <message>
        <source>Choose a Picture</source>
        <translation>בחירת תמונה</translation>
    </message>
</context>
<context>
    <name>pw::PersonaListModel</name>
    <message>
        <source>%1
%2 people, %3 of people, %4 of revenue</source>
        <translation>%1
%2 אנשים, %3 מהאנשים, %4 מההכנסות</translation>
    </message>
    <message>
        <source>%1 people · revenue: %2</source>
        <translation>%1 אנשים · הכנסות: %2</translation>
    </message>
    <message>
        <source>%1 people · %2 of revenue</source>
        <translation>%1 אנשים · %2 מההכנסות</translation>
    </message>
</context>
<context>
    <name>pw::PersonaVersions</name>
    <message>
        <source>There is no version %1</source>
        <translation>אין גרסה %1</translation>
    </message>
    <message>
        <source>There is no persona %1</source>
        <translation>אין פרסונה %1</translation>
    </message>
    <message>
        <source>people who bought</source>
        <translation>אנשים שקנו</translation>
    </message>
    <message>
        <source>buyers who ordered again</source>
        <translation>קונים שהזמינו שוב</translation>
    </message>
    <message>
        <source>repeat buyers who lapsed</source>
        <translation>קונים חוזרים שנטשו</translation>
    </message>
    <message>
        <source>median order value</source>
        <translation>חציון ערך הזמנה</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>תמונה %1</translation>
    </message>
    <message>
        <source>run %1, segment %2</source>
        <translation>הרצה %1, פלח %2</translation>
    </message>
    <message>
        <source>Persona %1 of version %2 no longer exists</source>
        <translation>הפרסונה %1 של גרסה %2 כבר לא קיימת</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>נוצרה</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>נערכה</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>עודכנה מהנתונים</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>שוחזרה</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>בוטל שינוי</translation>
    </message>
    <message>
        <source>As it stood before (not recorded then)</source>
        <translation>כפי שהייתה קודם (לא נשמר אז)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>עכשיו</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>תמונה של %1</translation>
    </message>
</context>
<context>
    <name>pw::PresentationController</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;הצגת מצגת</translation>
    </message>
    <message>
        <source>Copy &amp;Card</source>
        <translation>העתקת &amp;כרטיס</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ה&amp;דפסה…</translation>
    </message>
    <message>
        <source>Show the deck full screen, a persona per slide</source>
        <translation>הצגת המצגת במסך מלא, פרסונה אחת בכל שקופית</translation>
    </message>
    <message>
        <source>Copy the shown card to the clipboard as an image</source>
        <translation>העתקת הכרטיס המוצג ללוח כתמונה</translation>
    </message>
    <message>
        <source>Print the persona deck</source>
        <translation>הדפסת מצגת הפרסונות</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>מצגת</translation>
    </message>
    <message>
        <source>The deck cannot be read: %1</source>
        <translation>לא ניתן לקרוא את המצגת: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>הדפסה</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>הצגה ב&amp;מסך</translation>
    </message>
    <message>
        <source>Automatic (another screen than the window&apos;s)</source>
        <translation>אוטומטי (מסך אחר מזה של החלון)</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>מסך %1: %2 (%3 × %4)</translation>
    </message>
</context>
<context>
    <name>pw::PresentationWindow</name>
    <message>
        <source>Presentation – %1</source>
        <translation>מצגת – %1</translation>
    </message>
</context>
<context>
    <name>pw::ProjectController</name>
    <message>
        <source>Persona projects (*.personas)</source>
        <translation>פרויקטי פרסונות (*.personas)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>פרויקט &amp;חדש…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;פתיחת פרויקט…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>פרויקטים אח&amp;רונים</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>יצי&amp;אה</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>לא ניתן לפתוח את הפרויקט</translation>
    </message>
    <message>
        <source>The project %1 cannot be opened.

%2</source>
        <translation>לא ניתן לפתוח את הפרויקט %1.

%2</translation>
    </message>
    <message>
        <source>%1 – Persona Workbench</source>
        <translation>%1 – Persona Workbench</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>חנות הדגמה</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>לא ניתן ליצור את התיקייה %1.</translation>
    </message>
    <message>
        <source>Creating the demo store…</source>
        <translation>יצירת חנות ההדגמה…</translation>
    </message>
    <message>
        <source>The demo store cannot be created.

%1</source>
        <translation>לא ניתן ליצור את חנות ההדגמה.

%1</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>פרויקט חדש</translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation>לא ניתן להחליף את הקובץ %1.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>פתיחת פרויקט</translation>
    </message>
    <message>
        <source>%1 (read-only) – Persona Workbench</source>
        <translation>%1 (לקריאה בלבד) – Persona Workbench</translation>
    </message>
    <message>
        <source>The project %1 holds objects that Persona Workbench did not create. They could change or hide your data whenever the project is written.</source>
        <translation>הפרויקט %1 מכיל אובייקטים ש-Persona Workbench לא יצר. הם עלולים לשנות או להסתיר את הנתונים שלכם בכל פעם שהפרויקט נכתב.</translation>
    </message>
    <message>
        <source>Remove them and open the project? The file is changed only if you choose to remove them.</source>
        <translation>להסיר אותם ולפתוח את הפרויקט? הקובץ ישתנה רק אם תבחרו להסיר אותם.</translation>
    </message>
    <message>
        <source>Remove and Open</source>
        <translation>הסרה ופתיחה</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;סגירת פרויקט</translation>
    </message>
    <message>
        <source>Persona Workbench</source>
        <translation>Persona Workbench</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(לא נמצא)</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Projects</source>
        <translation>&amp;ניקוי רשימת הפרויקטים האחרונים</translation>
    </message>
</context>
<context>
    <name>pw::ProposalChange</name>
    <message>
        <source>Another program proposed personas since</source>
        <translation>תוכנה אחרת הציעה פרסונות מאז</translation>
    </message>
    <message>
        <source>Another program added a persona since</source>
        <translation>תוכנה אחרת הוסיפה פרסונה מאז</translation>
    </message>
    <message>
        <source>Another program changed a persona since</source>
        <translation>תוכנה אחרת שינתה פרסונה מאז</translation>
    </message>
    <message>
        <source>Another program deleted a persona since</source>
        <translation>תוכנה אחרת מחקה פרסונה מאז</translation>
    </message>
    <message>
        <source>Another program merged or split its segments since</source>
        <translation>תוכנה אחרת מיזגה או פיצלה את הפלחים שלה מאז</translation>
    </message>
    <message>
        <source>Another program linked a persona to its segments since</source>
        <translation>תוכנה אחרת קישרה מאז פרסונה לפלחים שלה</translation>
    </message>
    <message>
        <source>The proposal is stored already</source>
        <translation>ההצעה כבר שמורה</translation>
    </message>
</context>
<context>
    <name>pw::SankeyWidget</name>
    <message>
        <source>No people in these runs.</source>
        <translation>אין אנשים בהרצות האלה.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 people</source>
        <translation>%1 ← %2: %3 אנשים</translation>
    </message>
</context>
<context>
    <name>pw::SegmentationController</name>
    <message>
        <source>Propose Personas</source>
        <translation>הצעת פרסונות</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>יש לפתוח או ליצור פרויקט תחילה.</translation>
    </message>
    <message>
        <source>Proposing personas…</source>
        <translation>יצירת הצעות לפרסונות…</translation>
    </message>
    <message>
        <source>No personas could be proposed.

%1</source>
        <translation>לא ניתן היה להציע פרסונות.

%1</translation>
    </message>
    <message>
        <source>%1 people were split into %2 personas (silhouette %3).</source>
        <translation>%1 אנשים חולקו ל-%2 פרסונות (מדד צללית %3).</translation>
    </message>
    <message>
        <source>&amp;Propose Personas…</source>
        <translation>&amp;הצעת פרסונות…</translation>
    </message>
    <message>
        <source>%1 while this dialog was open: nothing was proposed and yours were not saved. Open Propose Personas again to see them as stored now.</source>
        <translation>%1 בזמן שחלון זה היה פתוח: לא הוצעו פרסונות וההגדרות שלך לא נשמרו. יש לפתוח שוב את „הצעת פרסונות” כדי לראות אותן כפי שהן שמורות כעת.</translation>
    </message>
</context>
<context>
    <name>pw::SegmentationDialog</name>
    <message>
        <source>Let the data choose, between</source>
        <translation>לפי הנתונים, בין</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>בדיוק</translation>
    </message>
    <message>
        <source>Propose Personas</source>
        <translation>הצעת פרסונות</translation>
    </message>
    <message>
        <source>Number of personas</source>
        <translation>מספר הפרסונות</translation>
    </message>
    <message>
        <source>and</source>
        <translation>לבין</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>מאפיין</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>משקל</translation>
    </message>
    <message>
        <source>Behavioural features</source>
        <translation>מאפיינים התנהגותיים</translation>
    </message>
    <message>
        <source>Switch off what should not drive the personas; a weight of 2 counts a feature twice. Features the data cannot support are left out and reported.</source>
        <translation>כבו את מה שלא אמור להשפיע על הפרסונות; משקל 2 פירושו שהמאפיין נספר פעמיים. מאפיינים שאין להם בסיס בנתונים לא ייכללו, ותוצג על כך הודעה.</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>יצירת הצעה</translation>
    </message>
    <message>
        <source>Personas already in the project are matched to the new segments: what you wrote on them is kept, and locked personas keep their archetype.</source>
        <translation>הפרסונות שכבר קיימות בפרויקט יותאמו לפלחים החדשים: מה שכתבתם עליהן יישמר, ופרסונות נעולות ישמרו על הארכיטיפ שלהן.</translation>
    </message>
    <message>
        <source>Only the data up to and including</source>
        <translation>רק הנתונים עד התאריך (כולל)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>נתונים</translation>
    </message>
    <message>
        <source>The project holds no dated orders or events.</source>
        <translation>אין בפרויקט הזמנות או אירועים עם תאריך.</translation>
    </message>
    <message>
        <source>The personas as the store was on that day: what happened later is not read, and recency counts from it. Leave it off for all the data.</source>
        <translation>הפרסונות כפי שהחנות הייתה באותו יום: מה שקרה אחר כך אינו נקרא, והזמן מאז הרכישה האחרונה נספר ממנו. השאירו כבוי לכל הנתונים.</translation>
    </message>
</context>
<context>
    <name>pw::SegmentationView</name>
    <message>
        <source>Personas</source>
        <translation>פרסונות</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>מדד צללית</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>יציבות</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>נבחר</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>פרסונה</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>התאמה</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Share of people</source>
        <translation>שיעור מהאנשים</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>שיעור מההכנסות</translation>
    </message>
    <message>
        <source>Median order value</source>
        <translation>ערך הזמנה חציוני</translation>
    </message>
    <message>
        <source>Median orders</source>
        <translation>חציון הזמנות</translation>
    </message>
    <message>
        <source>What sets it apart (segment vs store average)</source>
        <translation>מה מייחד אותה (הפלח מול ממוצע החנות)</translation>
    </message>
    <message>
        <source>No proposal yet: choose Personas › Propose Personas to cluster the project&apos;s people.</source>
        <translation>עדיין אין הצעה: יש לבחור פרסונות › הצעת פרסונות כדי לפלח את האנשים בפרויקט.</translation>
    </message>
    <message>
        <source>✔ chosen</source>
        <translation>✔ נבחר</translation>
    </message>
    <message>
        <source>%1 personas were chosen among %2 to %3: the smallest number whose people are stable across re-runs and separated nearly as well as the best (silhouette).</source>
        <translation>נבחרו %1 פרסונות מתוך טווח של %2 עד %3: המספר הקטן ביותר שבו האנשים נשארים יציבים בין הרצות חוזרות ומופרדים כמעט כמו בתוצאה הטובה ביותר (מדד הצללית).</translation>
    </message>
    <message>
        <source>%1 personas, as asked.</source>
        <translation>%1 פרסונות, כפי שהתבקש.</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3 people, %4 features. %5</source>
        <translation>הרצה %1 מתאריך %2: %3 אנשים, %4 מאפיינים. %5</translation>
    </message>
    <message>
        <source>%1: %2 vs %3</source>
        <translation>%1: %2 מול %3</translation>
    </message>
    <message>
        <source>Not in the data, so left out: %1.</source>
        <translation>לא נכללו כי אינם בנתונים: %1.</translation>
    </message>
    <message>
        <source>The same for everyone, so left out: %1.</source>
        <translation>לא נכללו כי הם זהים אצל כולם: %1.</translation>
    </message>
    <message>
        <source>Switched off: %1.</source>
        <translation>מושבתים: %1.</translation>
    </message>
    <message>
        <source>Revenue covered by the first personas</source>
        <translation>ההכנסות שמכסות הפרסונות המובילות</translation>
    </message>
    <message>
        <source>Revenue covered</source>
        <translation>הכנסות מכוסות</translation>
    </message>
    <message>
        <source>90% rule of thumb</source>
        <translation>כלל אצבע של 90%</translation>
    </message>
    <message>
        <source>Personas, by revenue</source>
        <translation>פרסונות, לפי הכנסות</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% מההכנסות</translation>
    </message>
    <message>
        <source>Calinski–Harabasz</source>
        <translation>קלינסקי–הרבאש</translation>
    </message>
    <message>
        <source>Kinds of customer</source>
        <translation>סוגי לקוחות</translation>
    </message>
    <message>
        <source>Why this name</source>
        <translation>למה השם הזה</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>אין נתונים</translation>
    </message>
    <message>
        <source>No revenue in the data: no share of it to cover</source>
        <translation>אין הכנסות בנתונים: אין חלק מהן לכסות</translation>
    </message>
    <message>
        <source>Run %1 of %2, of the data as of %3: %4 people, %5 features. %6</source>
        <translation>הרצה %1 מתאריך %2, של הנתונים נכון ל-%3: %4 אנשים, %5 מאפיינים. %6</translation>
    </message>
</context>
<context>
    <name>pw::StageRulesDialog</name>
    <message>
        <source>Journey Stage Rules</source>
        <translation>כללי שלבי מסע הלקוח</translation>
    </message>
    <message>
        <source>A person is in a stage as soon as one of its criteria holds: enough events of the checked types, enough orders (cancelled ones do not count), or a review rated high enough.</source>
        <translation>אדם נמצא בשלב ברגע שמתקיים אחד מהקריטריונים שלו: מספיק אירועים מהסוגים המסומנים, מספיק הזמנות (הזמנות שבוטלו אינן נספרות) או ביקורת עם דירוג גבוה מספיק.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>שלב</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>סוגי אירועים</translation>
    </message>
    <message>
        <source>At least … events</source>
        <translation>לפחות … אירועים</translation>
    </message>
    <message>
        <source>At least … orders</source>
        <translation>לפחות … הזמנות</translation>
    </message>
    <message>
        <source>Review rated at least</source>
        <translation>ביקורת בדירוג של לפחות</translation>
    </message>
    <message>
        <source>or NPS at least</source>
        <translation>או NPS של לפחות</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>מכל סוג</translation>
    </message>
    <message>
        <source>%1 (none held)</source>
        <translation>%1 (אין בנתונים)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>כבוי</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>שחזור ברירות המחדל</translation>
    </message>
</context>
<context>
    <name>pw::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>עוצר…</translation>
    </message>
    <message>
        <source>A few seconds left in this step</source>
        <translation>נותרו שניות ספורות בשלב זה</translation>
    </message>
    <message numerus="yes">
        <source>About %n seconds left in this step</source>
        <translation>
            <numerusform>נותרו כ־%n שניות בשלב זה</numerusform>
            <numerusform>נותרו כ־%n שניות בשלב זה</numerusform>
        </translation>
    </message>
    <message>
        <source>About a minute left in this step</source>
        <translation>נותרה כדקה בשלב זה</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left in this step</source>
        <translation>
            <numerusform>נותרו כ־%n דקות בשלב זה</numerusform>
            <numerusform>נותרו כ־%n דקות בשלב זה</numerusform>
        </translation>
    </message>
    <message>
        <source>About an hour left in this step</source>
        <translation>נותרה כשעה בשלב זה</translation>
    </message>
    <message numerus="yes">
        <source>About %n hours left in this step</source>
        <translation>
            <numerusform>נותרו כ־%n שעות בשלב זה</numerusform>
            <numerusform>נותרו כ־%n שעות בשלב זה</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::TemplateEditor</name>
    <message>
        <source>&amp;Delete</source>
        <translation>מ&amp;חיקה</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>תבניות</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>ח&amp;דשה</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;שכפול</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;ייבוא…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>יי&amp;צוא…</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;תבניות:</translation>
    </message>
    <message>
        <source>&amp;Add Section</source>
        <translation>הו&amp;ספת מקטע</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;הסרה</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>הזזה למ&amp;עלה</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>הזזה למ&amp;טה</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ש&amp;ם:</translation>
    </message>
    <message>
        <source>Built-in templates cannot be changed: duplicate one to make it your own.</source>
        <translation>אי אפשר לשנות תבניות מובנות: אפשר לשכפל תבנית ולהתאים את העותק לצרכים שלכם.</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>מ&amp;קטעים:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;כותרת:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>ס&amp;וג:</translation>
    </message>
    <message>
        <source>&amp;Left pole:</source>
        <translation>&amp;קוטב ימני:</translation>
    </message>
    <message>
        <source>Ri&amp;ght pole:</source>
        <translation>קוטב ש&amp;מאלי:</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>&amp;מדדים:</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (מובנית)</translation>
    </message>
    <message>
        <source>The template cannot be saved: %1</source>
        <translation>לא ניתן לשמור את התבנית: %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>תבנית חדשה</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (עותק)</translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation>ייצוא תבנית</translation>
    </message>
    <message>
        <source>Persona templates (*.json)</source>
        <translation>תבניות פרסונה (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation>ייבוא תבנית</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>לא ניתן לייבא את %1: %2</translation>
    </message>
    <message>
        <source>The template cannot be saved</source>
        <translation>לא ניתן לשמור את התבנית</translation>
    </message>
    <message>
        <source>%1. The templates were read again; your change was not saved.</source>
        <translation>%1. התבניות נקראו מחדש; השינוי שלך לא נשמר.</translation>
    </message>
</context>
<context>
    <name>pw::TimeToConvertChart</name>
    <message numerus="yes">
        <source>%1 (%n buyers)</source>
        <translation>
            <numerusform>%1 (%n קונה)</numerusform>
            <numerusform>%1 (%n קונים)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time from awareness to the first purchase</source>
        <translation>הזמן מהמודעות ועד לרכישה הראשונה</translation>
    </message>
    <message>
        <source>No data for: %1</source>
        <translation>אין נתונים עבור: %1</translation>
    </message>
    <message>
        <source>Share of the group&apos;s buyers</source>
        <translation>שיעור מהקונים בקבוצה</translation>
    </message>
</context>
<context>
    <name>pw::TimelineController</name>
    <message>
        <source>Make &amp;Timeline…</source>
        <translation>יצירת &amp;ציר זמן…</translation>
    </message>
    <message>
        <source>Segment the data as of every month or quarter and show how the personas changed</source>
        <translation>פילוח הנתונים נכון לסוף כל חודש או רבעון והצגת השינויים בפרסונות</translation>
    </message>
    <message>
        <source>Make Timeline</source>
        <translation>יצירת ציר זמן</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>יש לפתוח או ליצור פרויקט קודם.</translation>
    </message>
    <message>
        <source>The project is read-only (the file or its folder cannot be written): no timeline can be stored in it.</source>
        <translation>הפרויקט לקריאה בלבד (אי אפשר לכתוב לקובץ או לתיקייה שלו): אי אפשר לשמור בו ציר זמן.</translation>
    </message>
    <message>
        <source>The project holds no dated orders or events: there is no timeline to make. Import orders or events with dates first.</source>
        <translation>אין בפרויקט הזמנות או אירועים עם תאריך: אין ממה ליצור ציר זמן. יש לייבא קודם הזמנות או אירועים עם תאריכים.</translation>
    </message>
    <message>
        <source>Making the timeline…</source>
        <translation>יוצר ציר זמן…</translation>
    </message>
    <message>
        <source>The timeline was cancelled: the project is as it was.</source>
        <translation>יצירת ציר הזמן בוטלה: הפרויקט נשאר כפי שהיה.</translation>
    </message>
    <message>
        <source>No timeline was made; the project is as it was.

%1</source>
        <translation>לא נוצר ציר זמן; הפרויקט נשאר כפי שהיה.

%1</translation>
    </message>
</context>
<context>
    <name>pw::TimelineDialog</name>
    <message>
        <source>Make Timeline</source>
        <translation>יצירת ציר זמן</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>כל חודש</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>כל רבעון</translation>
    </message>
    <message>
        <source>The data is segmented as it stood at the end of every month or quarter, each run matched to the personas of the one before, so that you can see how the personas changed and where their people went. The data runs from %1 to %2.</source>
        <translation>הנתונים מפולחים כפי שהיו בסוף כל חודש או רבעון, וכל הרצה מותאמת לפרסונות של ההרצה שלפניה, כך שאפשר לראות איך הפרסונות השתנו ולאן עברו האנשים שלהן. הנתונים הם מ-%1 עד %2.</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;הרצות:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;מתאריך:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;עד תאריך:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>לבין</translation>
    </message>
    <message>
        <source>&amp;Personas per run, between:</source>
        <translation>&amp;פרסונות בכל הרצה, בין:</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>היום הראשון מאוחר מהאחרון.</translation>
    </message>
    <message>
        <source>No month ends between these dates: choose a longer period.</source>
        <translation>אף חודש לא מסתיים בין התאריכים האלה: יש לבחור תקופה ארוכה יותר.</translation>
    </message>
    <message>
        <source>No quarter ends between these dates: choose a longer period.</source>
        <translation>אף רבעון לא מסתיים בין התאריכים האלה: יש לבחור תקופה ארוכה יותר.</translation>
    </message>
    <message>
        <source>One run, as of %1. A timeline of two runs or more shows movement.</source>
        <translation>הרצה אחת, נכון ל-%1. ציר זמן של שתי הרצות או יותר מראה תנועה.</translation>
    </message>
    <message>
        <source>%1 runs, as of %2 to %3. Each takes about as long as Propose Personas.</source>
        <translation>%1 הרצות, נכון ל-%2 עד %3. כל אחת אורכת בערך כמו הצעת פרסונות.</translation>
    </message>
</context>
<context>
    <name>pw::TimelineHistoryPanel</name>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Share of people</source>
        <translation>שיעור מהאנשים</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>שיעור מההכנסות</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>ערך הזמנה</translation>
    </message>
    <message>
        <source>Orders per person</source>
        <translation>הזמנות לאדם</translation>
    </message>
    <message>
        <source>Days since the last order</source>
        <translation>ימים מאז ההזמנה האחרונה</translation>
    </message>
    <message>
        <source>How far a persona&apos;s profile must move from one run to the next to be flagged, in standard deviations of the store&apos;s people across the features together</source>
        <translation>כמה צריך הפרופיל של פרסונה לזוז מהרצה להרצה כדי שתסומן, בסטיות תקן של אנשי החנות על פני כל המאפיינים יחד</translation>
    </message>
    <message>
        <source>Drift threshold</source>
        <translation>סף סטייה</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;מדד:</translation>
    </message>
    <message>
        <source>&amp;Drift threshold:</source>
        <translation>&amp;סף סטייה:</translation>
    </message>
    <message>
        <source>Figures per run</source>
        <translation>נתונים לפי הרצה</translation>
    </message>
    <message>
        <source>Drift flags</source>
        <translation>סימוני סטייה</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>פרסונה</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>הרצה</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>מרחק</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>מה זז</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>נשארו</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ימים</translation>
    </message>
    <message>
        <source>%1: drifted</source>
        <translation>%1: סטייה</translation>
    </message>
    <message>
        <source>Not in this run</source>
        <translation>לא בהרצה הזו</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>אין נתונים</translation>
    </message>
    <message>
        <source>Profile distance from the run before: no data</source>
        <translation>מרחק הפרופיל מההרצה הקודמת: אין נתונים</translation>
    </message>
    <message>
        <source>Profile distance from the run before: %1</source>
        <translation>מרחק הפרופיל מההרצה הקודמת: %1</translation>
    </message>
    <message>
        <source>Stayed from the run before: no data</source>
        <translation>נשארו מההרצה הקודמת: אין נתונים</translation>
    </message>
    <message>
        <source>Stayed from the run before: %1 %</source>
        <translation>נשארו מההרצה הקודמת: %1%</translation>
    </message>
    <message>
        <source>Drifted past the threshold</source>
        <translation>חרגה מהסף</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 ← %3</translation>
    </message>
    <message>
        <source>The features that moved most, in standard deviations of the store&apos;s people (before → after)</source>
        <translation>המאפיינים שזזו הכי הרבה, בסטיות תקן של אנשי החנות (לפני ← אחרי)</translation>
    </message>
    <message>
        <source>The share of its people in the run before who are in it again</source>
        <translation>שיעור האנשים שלה בהרצה הקודמת שנמצאים בה שוב</translation>
    </message>
    <message>
        <source>Drift is measured between consecutive runs: this timeline has one run.</source>
        <translation>סטייה נמדדת בין הרצות עוקבות: בציר הזמן הזה יש הרצה אחת.</translation>
    </message>
    <message>
        <source>No persona moved as far as the threshold (%1) between two runs.</source>
        <translation>אף פרסונה לא זזה עד הסף (%1) בין שתי הרצות.</translation>
    </message>
    <message>
        <source>Drift flags at threshold %1: %2. A persona is flagged on the run where its profile moved at least that far from the run before.</source>
        <translation>סימוני סטייה בסף %1: %2. פרסונה מסומנת בהרצה שבה הפרופיל שלה זז לפחות במרחק הזה מההרצה הקודמת.</translation>
    </message>
</context>
<context>
    <name>pw::TimelineMovementPanel</name>
    <message>
        <source>&amp;Export Customer IDs…</source>
        <translation>&amp;ייצוא מזהי לקוח…</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;מ:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;אל:</translation>
    </message>
    <message>
        <source>Flows between the runs</source>
        <translation>זרימות בין ההרצות</translation>
    </message>
    <message>
        <source>From</source>
        <translation>מ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>אל</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Share of from</source>
        <translation>שיעור מהמקור</translation>
    </message>
    <message>
        <source>Write the customer ids of the selected flow&apos;s people to a CSV file, e.g. for a win-back campaign</source>
        <translation>כתיבת מזהי הלקוח של אנשי הזרימה שנבחרה לקובץ CSV, למשל לקמפיין החזרת לקוחות</translation>
    </message>
    <message>
        <source>The flow&apos;s people</source>
        <translation>אנשי הזרימה</translation>
    </message>
    <message>
        <source>%1 · %2 personas</source>
        <translation>%1 · %2 פרסונות</translation>
    </message>
    <message>
        <source>New to the store</source>
        <translation>חדשים בחנות</translation>
    </message>
    <message>
        <source>Left the store</source>
        <translation>עזבו את החנות</translation>
    </message>
    <message>
        <source>Movement needs two runs.</source>
        <translation>לתנועה נדרשות שתי הרצות.</translation>
    </message>
    <message>
        <source>Choose two different runs.</source>
        <translation>יש לבחור שתי הרצות שונות.</translation>
    </message>
    <message>
        <source>%1 people then, %2 now.</source>
        <translation>%1 אנשים אז, %2 עכשיו.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>אין נתונים</translation>
    </message>
    <message>
        <source>Of the persona&apos;s people in the earlier run</source>
        <translation>מתוך אנשי הפרסונה בהרצה המוקדמת</translation>
    </message>
    <message>
        <source>Of the people new to the store</source>
        <translation>מתוך האנשים החדשים בחנות</translation>
    </message>
    <message>
        <source>Select a flow, in the table or in the diagram, to see what its people did.</source>
        <translation>יש לבחור זרימה, בטבלה או בתרשים, כדי לראות מה עשו האנשים שלה.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 people</source>
        <translation>%1 ← %2: %3 אנשים</translation>
    </message>
    <message>
        <source>the data&apos;s end</source>
        <translation>סוף הנתונים</translation>
    </message>
    <message>
        <source>As of %1, the later run:</source>
        <translation>נכון ל-%1, ההרצה המאוחרת:</translation>
    </message>
    <message>
        <source>As of %1, the earlier run (they are not in the later one):</source>
        <translation>נכון ל-%1, ההרצה המוקדמת (הם לא בהרצה המאוחרת):</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>קנו</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 מתוך %2 (%3%)</translation>
    </message>
    <message>
        <source>Orders per person</source>
        <translation>הזמנות לאדם</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>ערך הזמנה</translation>
    </message>
    <message>
        <source>Days since the last order</source>
        <translation>ימים מאז ההזמנה האחרונה</translation>
    </message>
    <message>
        <source>Orders between the runs</source>
        <translation>הזמנות בין ההרצות</translation>
    </message>
    <message>
        <source>%1, by %2 of them</source>
        <translation>%1, על ידי %2 מהם</translation>
    </message>
    <message>
        <source>Select a flow first.</source>
        <translation>יש לבחור זרימה קודם.</translation>
    </message>
    <message>
        <source>Export Customer IDs</source>
        <translation>ייצוא מזהי לקוח</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 customer ids written to %2.</source>
        <translation>%1 מזהי לקוח נכתבו אל %2.</translation>
    </message>
</context>
<context>
    <name>pw::TimelineView</name>
    <message>
        <source>as of %1</source>
        <translation>נכון ל-%1</translation>
    </message>
    <message>
        <source>all the data (run %1)</source>
        <translation>כל הנתונים (הרצה %1)</translation>
    </message>
    <message>
        <source>Make Timeline…</source>
        <translation>יצירת ציר זמן…</translation>
    </message>
    <message>
        <source>Make Another Timeline…</source>
        <translation>יצירת ציר זמן נוסף…</translation>
    </message>
    <message>
        <source>A new timeline replaces this one in the view; its runs stay in the project</source>
        <translation>ציר זמן חדש מחליף את זה בתצוגה; ההרצות שלו נשארות בפרויקט</translation>
    </message>
    <message>
        <source>Each Persona&apos;s History</source>
        <translation>ההיסטוריה של כל פרסונה</translation>
    </message>
    <message>
        <source>Movement Between Personas</source>
        <translation>תנועה בין פרסונות</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No timeline yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A timeline segments the data as it stood at the end of every month or quarter and matches each run to the personas of the one before. It shows how each persona&apos;s size and figures changed, which personas drifted, and how many people went from one persona to another, into the store and out of it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;עדיין אין ציר זמן.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ציר זמן מפלח את הנתונים כפי שהיו בסוף כל חודש או רבעון ומתאים כל הרצה לפרסונות של ההרצה שלפניה. הוא מראה איך השתנו הגודל והנתונים של כל פרסונה, אילו פרסונות סטו, וכמה אנשים עברו מפרסונה לפרסונה, נכנסו לחנות ויצאו ממנה.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open or create a project to make a timeline.</source>
        <translation>יש לפתוח או ליצור פרויקט כדי ליצור ציר זמן.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (עד %2)</translation>
    </message>
    <message>
        <source>%1 runs, from %2 to %3, %4 personas.</source>
        <translation>%1 הרצות, מ-%2 עד %3, %4 פרסונות.</translation>
    </message>
</context>
<context>
    <name>pw::VersionsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(ריק)</translation>
    </message>
    <message>
        <source>(the archetype&apos;s suggestion)</source>
        <translation>(ההצעה של הארכיטיפ)</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;שחזור גרסה זו</translation>
    </message>
    <message>
        <source>Versions of the Persona</source>
        <translation>גרסאות הפרסונה</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>שינוי</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>מה השתנה</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>הרצה</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>גרסאות</translation>
    </message>
    <message>
        <source>Select a version to compare it with the persona as it is now, or two (Ctrl+click) to compare them. Restore writes back what was written then (name, colour, archetype, picture, template and sections); the figures stay those of the current segmentation. Edit › Undo (Ctrl+Z) takes a restore back.</source>
        <translation>בחרו גרסה כדי להשוות אותה לפרסונה כפי שהיא עכשיו, או שתיים (Ctrl+לחיצה) כדי להשוות ביניהן. שחזור כותב בחזרה את מה שנכתב אז (שם, צבע, ארכיטיפ, תמונה, תבנית וחלקים); המדדים נשארים אלה של החלוקה לפלחים הנוכחית. עריכה › ביטול (Ctrl+Z) מבטל שחזור.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>השוואה</translation>
    </message>
    <message>
        <source>Writes back what was written in the selected version, as one undo step</source>
        <translation>כותב בחזרה את מה שנכתב בגרסה שנבחרה, כצעד ביטול אחד</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>עכשיו</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>גרסה %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Versions of “%1”</source>
        <translation>הגרסאות של „%1”</translation>
    </message>
    <message>
        <source>The persona is gone</source>
        <translation>הפרסונה כבר לא קיימת</translation>
    </message>
    <message>
        <source>Not kept as a version yet</source>
        <translation>עדיין לא נשמרה כגרסה</translation>
    </message>
    <message>
        <source>Select one or two versions to compare.</source>
        <translation>בחרו גרסה אחת או שתיים להשוואה.</translation>
    </message>
    <message>
        <source>Select at most two versions to compare.</source>
        <translation>בחרו לכל היותר שתי גרסאות להשוואה.</translation>
    </message>
    <message>
        <source>This is the persona as it is now.</source>
        <translation>זו הפרסונה כפי שהיא עכשיו.</translation>
    </message>
    <message>
        <source>Nothing differs: the two versions hold the same persona.</source>
        <translation>אין הבדל: שתי הגרסאות מחזיקות את אותה פרסונה.</translation>
    </message>
    <message>
        <source>evidence: %1 → %2</source>
        <translation>מקור: %1 ← %2</translation>
    </message>
    <message>
        <source>Figures that moved</source>
        <translation>מדדים שזזו</translation>
    </message>
</context>
<context>
    <name>pw::WelcomePage</name>
    <message>
        <source>Opened today, %1</source>
        <translation>נפתח היום, %1</translation>
    </message>
    <message>
        <source>Opened yesterday, %1</source>
        <translation>נפתח אתמול, %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>נפתח ב-%1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ברוכים הבאים</translation>
    </message>
    <message>
        <source>Persona Workbench</source>
        <translation>Persona Workbench</translation>
    </message>
    <message>
        <source>Buyer personas from your own customer data, made on your own machine.</source>
        <translation>פרסונות של קונים מתוך נתוני הלקוחות שלכם, על המחשב שלכם.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>Open the demo store</source>
        <translation>פתיחת חנות ההדגמה</translation>
    </message>
    <message>
        <source>A small shop with %1 customers: see how personas come out of real-looking data.</source>
        <translation>חנות קטנה עם %1 לקוחות: ראו איך נוצרות פרסונות מנתונים שנראים אמיתיים.</translation>
    </message>
    <message>
        <source>New project and import data…</source>
        <translation>פרויקט חדש וייבוא נתונים…</translation>
    </message>
    <message>
        <source>Create a project file, then bring in your customers and orders.</source>
        <translation>יצירת קובץ פרויקט, ואחר כך ייבוא הלקוחות וההזמנות שלכם.</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>פתיחת פרויקט…</translation>
    </message>
    <message>
        <source>A project file (.personas) made by you or a colleague.</source>
        <translation>קובץ פרויקט של Persona Workbench שיצרתם אתם או עמיתים.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>פרויקטים אחרונים</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>ניקוי הרשימה</translation>
    </message>
    <message>
        <source>No recent projects yet. The demo store is a good place to look around.</source>
        <translation>אין עדיין פרויקטים אחרונים. חנות ההדגמה היא מקום טוב להתחיל בו.</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>איך זה עובד</translation>
    </message>
    <message>
        <source>Import your customers and orders</source>
        <translation>ייבוא הלקוחות וההזמנות שלכם</translation>
    </message>
    <message>
        <source>CSV, TSV or Excel files from your shop, CRM or analytics. Names and e-mail addresses are pseudonymised on the way in; nothing leaves this computer.</source>
        <translation>קובצי CSV,‏ TSV או Excel מהחנות, ממערכת ה-CRM או מכלי האנליטיקה. שמות וכתובות דוא״ל עוברים התממה כבר בייבוא; שום דבר לא יוצא מהמחשב הזה.</translation>
    </message>
    <message>
        <source>Let the engine propose 3–4 personas</source>
        <translation>המנוע מציע 3–4 פרסונות</translation>
    </message>
    <message>
        <source>It groups your customers by how they buy and behave, and names each group after a buyer archetype, with the figures behind it.</source>
        <translation>הוא מקבץ את הלקוחות לפי האופן שבו הם קונים ומתנהגים, ונותן לכל קבוצה שם של ארכיטיפ קונה, יחד עם המספרים שמאחוריה.</translation>
    </message>
    <message>
        <source>Edit, present and export</source>
        <translation>עריכה, הצגה וייצוא</translation>
    </message>
    <message>
        <source>Write goals and pain points on the persona templates, then present the deck full screen or export it for the workshop.</source>
        <translation>כתבו מטרות ונקודות כאב על תבניות הפרסונה, ואז הציגו את המצגת במסך מלא או ייצאו אותה לסדנה.</translation>
    </message>
    <message>
        <source>%1 is not there any more: it was moved, renamed or deleted.</source>
        <translation>%1 כבר לא שם: הקובץ הועבר, שמו שונה או שהוא נמחק.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>לא נמצא</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>הסרה מהרשימה</translation>
    </message>
    <message>
        <source>Remove %1 from the list</source>
        <translation>הסרת %1 מהרשימה</translation>
    </message>
    <message>
        <source>%1, not found</source>
        <translation>%1, לא נמצא</translation>
    </message>
</context>
<context>
    <name>pw::cli</name>
    <message>
        <source>version %1</source>
        <translation>גרסה %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>עכשיו</translation>
    </message>
    <message>
        <source>There is no persona %1 (see persona-cli personas)</source>
        <translation>אין פרסונה %1 (ראו persona-cli personas)</translation>
    </message>
    <message>
        <source>A version is a version id (see persona-cli versions) or &apos;current&apos;, not &apos;%1&apos;</source>
        <translation>גרסה היא מזהה גרסה (ראו persona-cli versions) או &apos;current&apos;, לא &apos;%1&apos;</translation>
    </message>
    <message>
        <source>There is no version %1 (see persona-cli versions --persona %2)</source>
        <translation>אין גרסה %1 (ראו persona-cli versions --persona %2)</translation>
    </message>
    <message>
        <source>Version %1 is a version of persona %2, not of persona %3</source>
        <translation>גרסה %1 היא גרסה של פרסונה %2, לא של פרסונה %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ריק)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>אין נתונים</translation>
    </message>
    <message>
        <source>The persona (its id, see persona-cli personas).</source>
        <translation>הפרסונה (המזהה שלה, ראו persona-cli personas).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>פלט בפורמט JSON.</translation>
    </message>
    <message>
        <source>The versions of a persona: every change (typing in one field is one), refresh, restore and undo, oldest first.</source>
        <translation>הגרסאות של פרסונה: כל שינוי (הקלדה בשדה אחד היא שינוי אחד), עדכון, שחזור וביטול, מהישנה לחדשה.</translation>
    </message>
    <message>
        <source>--persona takes a persona id (see persona-cli personas)</source>
        <translation>--persona מקבל מזהה פרסונה (ראו persona-cli personas)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(נמחקה)</translation>
    </message>
    <message>
        <source>Now (no version holds it yet)</source>
        <translation>עכשיו (עדיין אין גרסה שמחזיקה אותה)</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>הרצה %1</translation>
    </message>
    <message>
        <source>The earlier version (an id, or &apos;current&apos;).</source>
        <translation>הגרסה המוקדמת (מזהה, או &apos;current&apos;).</translation>
    </message>
    <message>
        <source>The later version (an id, or &apos;current&apos;, the default).</source>
        <translation>הגרסה המאוחרת (מזהה, או &apos;current&apos;, ברירת המחדל).</translation>
    </message>
    <message>
        <source>What changed between two versions of a persona: text of each section, figures moved.</source>
        <translation>מה השתנה בין שתי גרסאות של פרסונה: הטקסט של כל חלק, המדדים שזזו.</translation>
    </message>
    <message>
        <source>--from takes a version id (see persona-cli versions)</source>
        <translation>--from מקבל מזהה גרסה (ראו persona-cli versions)</translation>
    </message>
    <message>
        <source>%1  %2: %3 → %4</source>
        <translation>%1  %2: %3 ← %4</translation>
    </message>
    <message>
        <source>  No difference.</source>
        <translation>  אין הבדל.</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>מדדים:</translation>
    </message>
    <message>
        <source>The version to restore (see persona-cli versions).</source>
        <translation>הגרסה לשחזור (ראו persona-cli versions).</translation>
    </message>
    <message>
        <source>Restores what was written in a version of a persona (name, colour, archetype, picture, template and sections; the segment&apos;s figures stay as they are), keeping a new version.</source>
        <translation>משחזר את מה שנכתב בגרסה של פרסונה (שם, צבע, ארכיטיפ, תמונה, תבנית וחלקים; מדדי הפלח נשארים כפי שהם) ושומר גרסה חדשה.</translation>
    </message>
    <message>
        <source>--version takes a version id (see persona-cli versions)</source>
        <translation>--version מקבל מזהה גרסה (ראו persona-cli versions)</translation>
    </message>
    <message>
        <source>Restored version %1 of persona %2 as version %3</source>
        <translation>גרסה %1 של פרסונה %2 שוחזרה כגרסה %3</translation>
    </message>
</context>
</TS>
