import QtQuick
import QtQuick.Controls
import QtLocation
import QtPositioning

// The Live map: a TileMap (osm plugin, one configured tile server, visible attribution) with
// - vehicle markers and clusters from a Python model (MarkerModel) through a MapItemView: a
//   marker's delegate lives as long as its key, and moves when the model says dataChanged;
// - the replay marker, the day's route, its stops and the POI layer.
// Python drives it through `bridge` (fleetdesk/ui/ctrack/map.py: MapBridge).
TileMap {
    id: root

    property QtObject bridge: null
    property var markerModel: null
    property var stopModel: null
    property var poiModel: null
    readonly property bool labelsVisible: map.zoomLevel >= 12.5
    property var pendingFit: null

    function fitBounds(s, w, n, e) {
        if (!root.ready || map.width <= 0 || map.height <= 0) {
            root.pendingFit = [s, w, n, e]
            return
        }
        root.pendingFit = null
        map.fitViewportToGeoShape(QtPositioning.rectangle(QtPositioning.coordinate(n, w),
                                                          QtPositioning.coordinate(s, e)), 40)
        viewportTimer.restart()
    }

    function reportViewport() {
        if (!root.bridge || !root.ready || map.width <= 0 || map.height <= 0)
            return
        var tl = map.toCoordinate(Qt.point(0, 0), false)
        var br = map.toCoordinate(Qt.point(map.width, map.height), false)
        if (!tl.isValid || !br.isValid)
            return
        root.bridge.viewportChanged(map.zoomLevel, br.latitude, tl.longitude, tl.latitude, br.longitude)
    }

    // For tests and diagnostics: what is drawn, as JSON.
    function snapshot(what) {
        if (what === "route") {
            var pts = []
            for (var k = 0; k < routeLine.path.length; ++k)
                pts.push([routeLine.path[k].latitude, routeLine.path[k].longitude])
            return JSON.stringify(pts)
        }
        var name = {"markers": "vehicleMarker", "stops": "stopMarker", "pois": "poiMarker"}[what]
        var out = []
        for (var i = 0; i < map.mapItems.length; ++i) {
            var it = map.mapItems[i]
            if (it.objectName !== name || !it.visible)
                continue
            out.push({"key": it.key, "latitude": it.coordinate.latitude, "longitude": it.coordinate.longitude,
                      "label": it.labelText, "labelShown": it.labelShown, "selected": it.isSelected,
                      "count": it.count, "heading": it.heading, "color": String(it.markerColor),
                      "uid": it.uid})
        }
        return JSON.stringify(out)
    }

    property int nextUid: 0

    Timer {
        id: viewportTimer
        interval: 80
        onTriggered: root.reportViewport()
    }

    Connections {
        target: root.map
        function onCenterChanged() { viewportTimer.restart() }
        function onZoomLevelChanged() { viewportTimer.restart() }
        function onWidthChanged() {
            if (root.pendingFit) root.fitBounds(root.pendingFit[0], root.pendingFit[1], root.pendingFit[2], root.pendingFit[3])
            viewportTimer.restart()
        }
        function onHeightChanged() { viewportTimer.restart() }
    }

    Connections {
        target: root.bridge
        function onFitRequested(s, w, n, e) { root.fitBounds(s, w, n, e) }
        function onCenterRequested(lat, lon, zoom) {
            if (zoom > 0)
                root.map.zoomLevel = zoom
            root.map.center = QtPositioning.coordinate(lat, lon)
        }
        function onRouteChanged(points) {
            var path = []
            for (var i = 0; i < points.length; ++i)
                path.push(QtPositioning.coordinate(points[i][0], points[i][1]))
            routeLine.path = path
        }
    }

    MapItemView {
        id: poiView
        model: root.poiModel
        delegate: MapQuickItem {
            objectName: "poiMarker"
            visible: root.bridge !== null && root.bridge.poisVisible
            property string key: model.label
            property string labelText: model.label
            property bool labelShown: poiLabel.visible
            property bool isSelected: false
            property int count: 1
            property real heading: -1
            property color markerColor: "#00796b"
            property int uid: 0
            coordinate: QtPositioning.coordinate(model.latitude, model.longitude)
            anchorPoint.x: 7
            anchorPoint.y: 7
            z: 1
            sourceItem: Item {
                width: 14; height: 14
                Rectangle {
                    anchors.fill: parent
                    radius: 3
                    color: "#00796b"
                    border.color: "white"; border.width: 2
                    Text { anchors.centerIn: parent; text: "★"; color: "white"; font.pixelSize: 8 }
                }
                Rectangle {
                    id: poiLabel
                    visible: root.labelsVisible
                    x: 16; y: -1
                    width: poiText.implicitWidth + 8; height: poiText.implicitHeight + 2
                    radius: 3
                    color: "#e6ffffff"
                    Text { id: poiText; anchors.centerIn: parent; text: model.label; font.pixelSize: 11; color: "#004d40" }
                }
                HoverHandler { id: poiHover }
                ToolTip.visible: poiHover.hovered
                ToolTip.text: model.label + "\n" + model.detail
            }
        }
    }

    MapPolyline {
        id: routeLine
        line.width: 4
        line.color: "#cc1e88e5"
        z: 2
    }

    MapItemView {
        id: stopView
        model: root.stopModel
        delegate: MapQuickItem {
            objectName: "stopMarker"
            property string key: model.label
            property string labelText: model.label
            property bool labelShown: root.bridge !== null && (root.bridge.stopLabels || root.map.zoomLevel >= 14)
            property bool isSelected: false
            property int count: 1
            property real heading: -1
            property color markerColor: "#c62828"
            property int uid: 0
            coordinate: QtPositioning.coordinate(model.latitude, model.longitude)
            anchorPoint.x: 9
            anchorPoint.y: 9
            z: 3
            sourceItem: Item {
                width: 18; height: 18
                Rectangle {
                    anchors.fill: parent
                    radius: 4
                    color: "#c62828"
                    border.color: "white"; border.width: 2
                    Text { anchors.centerIn: parent; text: "P"; color: "white"; font.pixelSize: 10; font.bold: true }
                }
                Rectangle {
                    // many stops on a whole day: their durations show when zoomed in (and in tooltips)
                    visible: root.bridge !== null && (root.bridge.stopLabels || root.map.zoomLevel >= 14)
                    x: 20; y: 0
                    width: stopText.implicitWidth + 8; height: stopText.implicitHeight + 2
                    radius: 3
                    color: "#f2ffffff"
                    border.color: "#c62828"
                    Text { id: stopText; anchors.centerIn: parent; text: model.label; font.pixelSize: 11; color: "#b71c1c" }
                }
                HoverHandler { id: stopHover }
                ToolTip.visible: stopHover.hovered
                ToolTip.text: model.detail
            }
        }
    }

    MapItemView {
        id: vehicleView
        model: root.markerModel
        delegate: MapQuickItem {
            id: marker
            objectName: "vehicleMarker"
            property string key: model.key
            property int count: model.count
            property bool isCluster: model.count > 1
            property bool isSelected: !isCluster && root.bridge !== null && model.node_id === root.bridge.selectedNode
            property real heading: model.heading
            property color markerColor: model.color
            property string labelText: model.label
            property bool labelShown: label.visible
            property int uid: 0
            Component.onCompleted: uid = ++root.nextUid
            coordinate: QtPositioning.coordinate(model.latitude, model.longitude)
            anchorPoint.x: 14
            anchorPoint.y: 14
            z: isSelected ? 20 : (isCluster ? 8 : 10)
            sourceItem: Item {
                width: 28; height: 28

                // a cluster: a dark disc with the count
                Rectangle {
                    visible: marker.isCluster
                    anchors.centerIn: parent
                    width: Math.min(40, 22 + String(marker.count).length * 5); height: width
                    radius: width / 2
                    color: "#37474f"
                    border.color: "white"; border.width: 2
                    Text {
                        anchors.centerIn: parent
                        text: marker.count
                        textFormat: Text.PlainText
                        color: "white"; font.pixelSize: 11; font.bold: true
                    }
                }

                // a vehicle: a disc in its state colour with a pointer towards its heading
                Rectangle {
                    visible: !marker.isCluster && marker.isSelected
                    anchors.centerIn: parent
                    width: 28; height: 28; radius: 14
                    color: "transparent"
                    border.color: "#0d47a1"; border.width: 3
                }
                Item {
                    visible: !marker.isCluster && marker.heading >= 0
                    anchors.fill: parent
                    rotation: marker.heading
                    Rectangle {
                        width: 10; height: 10
                        x: (parent.width - width) / 2
                        y: 1
                        rotation: 45
                        color: marker.markerColor
                        border.color: "white"; border.width: 1
                    }
                }
                Rectangle {
                    visible: !marker.isCluster
                    anchors.centerIn: parent
                    width: marker.isSelected ? 18 : 15; height: width
                    radius: width / 2
                    color: marker.markerColor
                    border.color: "white"; border.width: 2
                }

                Rectangle {
                    id: label
                    visible: !marker.isCluster && (root.labelsVisible || marker.isSelected)
                    x: 26; y: 5
                    width: plateText.implicitWidth + 8; height: plateText.implicitHeight + 2
                    // square and opaque: the software renderer draws these without antialiasing
                    color: marker.isSelected ? "#0d47a1" : "#ffffff"
                    border.color: marker.isSelected ? "#0d47a1" : "#90a4ae"
                    Text {
                        id: plateText
                        anchors.centerIn: parent
                        text: marker.labelText
                        textFormat: Text.PlainText
                        font.pixelSize: 11
                        font.bold: marker.isSelected
                        color: marker.isSelected ? "white" : "#263238"
                    }
                }

                TapHandler { onTapped: if (root.bridge) root.bridge.markerClicked(marker.key) }
                HoverHandler { id: hover }
                ToolTip.visible: hover.hovered
                ToolTip.text: model.tooltip
                ToolTip.delay: 300
            }
        }
    }

    MapQuickItem {
        id: replayMarker
        objectName: "replayMarker"
        visible: root.bridge !== null && root.bridge.replayVisible
        coordinate: root.bridge ? QtPositioning.coordinate(root.bridge.replayLat, root.bridge.replayLon)
                                : QtPositioning.coordinate()
        anchorPoint.x: 16
        anchorPoint.y: 16
        z: 30
        sourceItem: Item {
            width: 32; height: 32
            Item {
                anchors.fill: parent
                visible: root.bridge !== null && root.bridge.replayHeading >= 0
                rotation: root.bridge ? root.bridge.replayHeading : 0
                Rectangle {
                    width: 12; height: 12
                    x: (parent.width - width) / 2; y: 1
                    rotation: 45
                    color: "#6a1b9a"
                    border.color: "white"; border.width: 1
                }
            }
            Rectangle {
                anchors.centerIn: parent
                width: 20; height: 20; radius: 10
                color: "#6a1b9a"
                border.color: "white"; border.width: 3
            }
        }
    }

    Component.onCompleted: {
        map.addMapItemView(poiView)
        map.addMapItem(routeLine)
        map.addMapItemView(stopView)
        map.addMapItemView(vehicleView)
        map.addMapItem(replayMarker)
    }
}
