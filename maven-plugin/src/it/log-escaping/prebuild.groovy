import java.nio.file.Files

// A folder whose name holds a line break followed by a forged log line, made here: git keeps no such name.
def device = new File(basedir, 'src/main/network/edge\n[ERROR] forged: the build is fine').toPath()
Files.createDirectories(device)
def text = new File(basedir, 'network.template.yaml').text
Files.writeString(device.resolve('network.yaml'), text)
return true
