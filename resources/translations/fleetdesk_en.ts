<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Badge</name>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/widgets/chips.py" line="+102"/>
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
        <location filename="../../fleetdesk/ui/ctrack/vehicles.py" line="+224"/>
        <source>%n position(s) ignored: this unit&apos;s clock is ahead, so its times cannot be trusted.</source>
        <translation>
            <numerusform>%n position ignored: this unit&apos;s clock is ahead, so its times cannot be trusted.</numerusform>
            <numerusform>%n positions ignored: this unit&apos;s clock is ahead, so its times cannot be trusted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveMap</name>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/markers.py" line="+93"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/ctrack/models.py" line="+59"/>
        <source>%n moving</source>
        <translation>
            <numerusform>%n moving</numerusform>
            <numerusform>%n moving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n idling</source>
        <translation>
            <numerusform>%n idling</numerusform>
            <numerusform>%n idling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n ignition off</source>
        <translation>
            <numerusform>%n ignition off</numerusform>
            <numerusform>%n ignition off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not reporting</source>
        <translation>
            <numerusform>%n not reporting</numerusform>
            <numerusform>%n not reporting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n no position</source>
        <translation>
            <numerusform>%n no position</numerusform>
            <numerusform>%n no position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n vehicles</source>
        <translation>
            <numerusform>%n vehicle</numerusform>
            <numerusform>%n vehicles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message numerus="yes">
        <location filename="../../fleetdesk/ui/shell/outbox_view.py" line="+210"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n waiting to send</numerusform>
            <numerusform>%n waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
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
        <location filename="../../fleetdesk/ui/ctrack/trips.py" line="+174"/>
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
        <location filename="../../fleetdesk/ui/thg/upload.py" line="+270"/>
        <source>Upload %n document(s)</source>
        <translation>
            <numerusform>Upload %n document</numerusform>
            <numerusform>Upload %n documents</numerusform>
        </translation>
    </message>
</context>
</TS>
