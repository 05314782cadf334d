# Configuration for `jupyter nbconvert --to notebook --execute --config scripts/nbconvert_deno_config.py`
# on the Deno kernel (used by `npm run notebooks` and test/notebooks/notebooks.test.ts).
#
# Why: Deno's kernel (2.9) sometimes publishes a cell's last outputs (display_data, execute_result)
# a moment *after* its `status: idle` message, most often on a loaded machine. nbclient stops
# collecting a cell's outputs at that idle message, so those outputs were silently dropped.
# This executor does what nbconvert's does, then keeps reading the IOPub channel until no message
# for the finished cell has arrived for `late_output_grace` seconds, and adds the late outputs to
# the cell in the order they came.
from queue import Empty
from time import monotonic

from jupyter_core.utils import ensure_async
from nbclient.exceptions import CellExecutionComplete
from nbconvert.exporters import Exporter
from nbconvert.preprocessors import ExecutePreprocessor
from traitlets import Float


class DenoExecutePreprocessor(ExecutePreprocessor):
    """ExecutePreprocessor that also collects a cell's outputs published after its idle status."""

    late_output_grace = Float(
        0.5, help="Seconds without a message for the finished cell before its outputs are closed."
    ).tag(config=True)

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        await super()._async_poll_output_msg(parent_msg_id, cell, cell_index)
        quiet_until = monotonic() + self.late_output_grace
        while True:
            remaining = quiet_until - monotonic()
            if remaining <= 0:
                return
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=remaining))
            except Empty:
                return
            if msg["parent_header"].get("msg_id") != parent_msg_id:
                continue
            quiet_until = monotonic() + self.late_output_grace
            try:
                self.process_message(msg, cell, cell_index)
            except CellExecutionComplete:
                pass


c = get_config()  # noqa: F821 (provided by traitlets when it loads this file)
# `--execute` enables ExecutePreprocessor; the subclass inherits that setting and its timeouts.
c.Exporter.default_preprocessors = [
    DenoExecutePreprocessor if name == "nbconvert.preprocessors.ExecutePreprocessor" else name
    for name in Exporter.class_traits()["default_preprocessors"].default()
]
c.ExecutePreprocessor.record_timing = False
