<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Badge</name>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="92"/>
        <source>%n unsent</source>
        <translation>
            <numerusform>%n unsent</numerusform>
            <numerusform>%n unsent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/components/ctrack_vehicles.py" line="192"/>
        <source>%n position(s) ignored: this unit&apos;s clock is ahead, so its times cannot be trusted.</source>
        <translation>
            <numerusform>%n position ignored: this unit&apos;s clock is ahead, so its times cannot be trusted.</numerusform>
            <numerusform>%n positions ignored: this unit&apos;s clock is ahead, so its times cannot be trusted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="168"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n waiting to send</numerusform>
            <numerusform>%n waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/components/outbox_view.py" line="171"/>
        <source>%n need your attention</source>
        <translation>
            <numerusform>%n needs your attention</numerusform>
            <numerusform>%n need your attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/components/ctrack_trips.py" line="156"/>
        <source>Whole day: %n trip(s)</source>
        <translation>
            <numerusform>Whole day: %n trip</numerusform>
            <numerusform>Whole day: %n trips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPanel</name>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/components/thg_upload.py" line="224"/>
        <source>Upload %n document(s)</source>
        <translation>
            <numerusform>Upload %n document</numerusform>
            <numerusform>Upload %n documents</numerusform>
        </translation>
    </message>
</context>
</TS>
