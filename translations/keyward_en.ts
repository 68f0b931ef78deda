<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenInspection</name>
    <message numerus="yes">
        <source>expired %1, accepted for %n s more by the clock-skew leeway (tokens.leeway)</source>
        <translation>
            <numerusform>expired %1, accepted for %n s more by the clock-skew leeway (tokens.leeway)</numerusform>
            <numerusform>expired %1, accepted for %n s more by the clock-skew leeway (tokens.leeway)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not before: valid %1 (the leeway is %n s)</source>
        <translation>
            <numerusform>Not before: valid %1 (the leeway is %n s)</numerusform>
            <numerusform>Not before: valid %1 (the leeway is %n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::AuditPage</name>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform>
            <numerusform>Exported %n events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ClientsPage</name>
    <message numerus="yes">
        <source>%n user(s) will be asked again by %1</source>
        <translation>
            <numerusform>%n user will be asked again by %1</numerusform>
            <numerusform>%n users will be asked again by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::DashboardPage</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n active session</numerusform>
            <numerusform>%n active sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s)</source>
        <translation>
            <numerusform>%n login</numerusform>
            <numerusform>%n logins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reuse detection(s)</source>
        <translation>
            <numerusform>%n reuse detection</numerusform>
            <numerusform>%n reuse detections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::KeysPage</name>
    <message numerus="yes">
        <source>Automatic rotation every %n day(s).</source>
        <translation>
            <numerusform>Automatic rotation every %n day.</numerusform>
            <numerusform>Automatic rotation every %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::MainWindow</name>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n active session</numerusform>
            <numerusform>%n active sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::SessionsPage</name>
    <message numerus="yes">
        <source>Ended %n session(s) of %1</source>
        <translation>
            <numerusform>Ended %n session of %1</numerusform>
            <numerusform>Ended %n sessions of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::SettingEditor</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::UsersPage</name>
    <message numerus="yes">
        <source>%n matching user(s)</source>
        <translation>
            <numerusform>%n matching user</numerusform>
            <numerusform>%n matching users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s) of %1</source>
        <translation>
            <numerusform>Ended %n session of %1</numerusform>
            <numerusform>Ended %n sessions of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user(s)</source>
        <translation>
            <numerusform>Imported %n user</numerusform>
            <numerusform>Imported %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n line(s)</source>
        <translation>
            <numerusform>skipped %n line</numerusform>
            <numerusform>skipped %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::WorkspacesPage</name>
    <message numerus="yes">
        <source>Delete %1? Its %n member(s) lose it, and every session in it ends now.</source>
        <translation>
            <numerusform>Delete %1? Its %n member loses it, and every session in it ends now.</numerusform>
            <numerusform>Delete %1? Its %n members lose it, and every session in it ends now.</numerusform>
        </translation>
    </message>
</context>
</TS>
