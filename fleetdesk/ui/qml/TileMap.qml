import QtQuick
import QtLocation
import QtPositioning

// A QtLocation Map drawn by the "osm" plugin from one tile URL, with a visible attribution.
//
// Python builds `pluginParameters` (fleetdesk/ui/map_setup.py: osm_plugin_parameters) and sets it
// with QQuickWidget.setInitialProperties() before this component is created. The plugin is made
// here from those parameters, and the map type the plugin derives from
// osm.mapping.custom.host (style MapType.CustomMap) is selected. Until it is, the map has no
// size, so the plugin's built-in providers (tile.openstreetmap.org and others) are never asked
// for a tile: the only tile server FleetDesk talks to is the configured one.
Item {
    id: root
    width: 640
    height: 480

    property var pluginParameters: ({})
    property real latitude: 50.8503
    property real longitude: 4.3517
    property real zoom: 13
    property string attribution: "© OpenStreetMap contributors"
    property bool interactive: true

    property bool ready: false       // the custom-URL map type is active
    property string problem: ""      // why the map cannot show tiles, for the user and the logs
    readonly property alias map: map
    readonly property string attributionShown: attributionText.text

    function selectCustomMapType() {
        for (var i = 0; i < map.supportedMapTypes.length; ++i) {
            if (map.supportedMapTypes[i].style === MapType.CustomMap) {
                map.activeMapType = map.supportedMapTypes[i]
                root.ready = true
                root.problem = ""
                return true
            }
        }
        return false
    }

    function createPlugin() {
        // PluginParameter objects must exist before the plugin completes, so the whole plugin
        // is created from source; JSON.stringify quotes every name and value safely.
        var src = 'import QtLocation\nPlugin {\n    name: "osm"\n'
        for (var key in root.pluginParameters) {
            src += '    PluginParameter { name: ' + JSON.stringify(key) + '; value: '
                 + JSON.stringify(root.pluginParameters[key]) + ' }\n'
        }
        src += '}\n'
        return Qt.createQmlObject(src, root, "TileMapPlugin")
    }

    Map {
        id: map
        width: root.ready ? root.width : 0
        height: root.ready ? root.height : 0
        center: QtPositioning.coordinate(root.latitude, root.longitude)
        zoomLevel: root.zoom
        copyrightsVisible: false     // our own attribution below is always shown
        onSupportedMapTypesChanged: if (!root.ready) root.selectCustomMapType()

        WheelHandler {
            enabled: root.interactive
            acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
            onWheel: (event) => {
                const at = map.toCoordinate(point.position)
                map.zoomLevel = Math.max(map.minimumZoomLevel, Math.min(map.maximumZoomLevel,
                                         map.zoomLevel + event.angleDelta.y / 120))
                map.alignCoordinateToPoint(at, point.position)
            }
        }
        DragHandler {
            enabled: root.interactive
            target: null
            onTranslationChanged: (delta) => map.pan(-delta.x, -delta.y)
        }
    }

    Rectangle {
        objectName: "attribution"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: attributionText.implicitWidth + 10
        height: attributionText.implicitHeight + 4
        color: "#d8ffffff"
        Text {
            id: attributionText
            anchors.centerIn: parent
            text: root.attribution
            font.pixelSize: 12
            color: "#333333"
        }
    }

    Component.onCompleted: {
        var plugin = createPlugin()
        if (!plugin) {
            root.problem = "The map plugin \"osm\" could not be created."
            return
        }
        map.plugin = plugin
        if (!selectCustomMapType())
            root.problem = "The map plugin offers no custom tile URL map type."
    }
}
