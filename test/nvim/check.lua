-- Headless Neovim (0.7+) check that the nianbao language server works outside VS Code: attach
-- `node dist/server.cjs --stdio` to a report draft, wait for its diagnostics, ask for its outline.
-- Inputs (environment): NIANBAO_NODE, NIANBAO_SERVER, NIANBAO_FILE, NIANBAO_EXPECT (diagnostic count).
-- Prints one line "NIANBAO_RESULT {json}" and exits 0, or prints "NIANBAO_FAIL reason" and exits 1.

local function fail(reason)
  io.stdout:write('NIANBAO_FAIL ' .. reason .. '\n')
  vim.cmd('cquit 1')
end

local node = os.getenv('NIANBAO_NODE') or 'node'
local server = os.getenv('NIANBAO_SERVER')
local file = os.getenv('NIANBAO_FILE')
local expected = tonumber(os.getenv('NIANBAO_EXPECT') or '')
if not server or not file or not expected then
  fail('NIANBAO_SERVER, NIANBAO_FILE and NIANBAO_EXPECT must be set')
  return
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()

local exited = false
local client_id = vim.lsp.start_client({
  name = 'nianbao',
  cmd = { node, server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  init_options = { locale = 'zh-cn' },
  on_exit = function() exited = true end,
})
if not client_id then
  fail('start_client returned nil')
  return
end
vim.lsp.buf_attach_client(bufnr, client_id)

local ok = vim.wait(30000, function()
  return exited or #vim.diagnostic.get(bufnr) >= expected
end, 50)
if exited then
  fail('the server exited')
  return
end
if not ok then
  fail('timed out with ' .. #vim.diagnostic.get(bufnr) .. ' diagnostics, expected ' .. expected)
  return
end

local codes = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local code = d.code
  if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
  table.insert(codes, tostring(code))
end
table.sort(codes)

local params = { textDocument = vim.lsp.util.make_text_document_params() }
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', params, 10000) or {}
local symbols = 0
for _, response in pairs(responses) do
  if response.result then symbols = symbols + #response.result end
end

io.stdout:write('NIANBAO_RESULT ' .. vim.fn.json_encode({ diagnostics = #vim.diagnostic.get(bufnr), codes = codes, symbols = symbols }) .. '\n')
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return exited end, 50)
vim.cmd('qall!')
