import QtQuick

// The self-test's and the screenshots' map: a fixed, non-interactive TileMap centred on
// (latitude, longitude) at `zoom`, with the configured attribution. Properties are set from
// Python (fleetdesk/ui/map_setup.py: create_map_widget).
TileMap {
    interactive: false
}
