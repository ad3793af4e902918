#!/usr/bin/env python3
"""Writes finsam.target: every bundle pinned by Maven coordinates (no p2 sites, no version ranges).

Edit the coordinate lists below, run this script, then run ./mvnw verify: the build's lock check
(targetplatform/bundles.lock) fails until the new resolved set is accepted, see docs/build.md.
"""
import os
import textwrap
P='org.eclipse.platform'
platform = """
org.eclipse.osgi 3.24.300
org.eclipse.osgi.compatibility.state 1.3.0
org.eclipse.equinox.common 3.20.300
org.eclipse.equinox.registry 3.12.600
org.eclipse.equinox.preferences 3.12.0
org.eclipse.equinox.app 1.7.600
org.eclipse.equinox.event 1.7.300
org.eclipse.equinox.launcher 1.8.0
org.eclipse.equinox.simpleconfigurator 1.5.600
org.eclipse.equinox.simpleconfigurator.manipulator 2.3.600
org.eclipse.equinox.frameworkadmin 2.3.500
org.eclipse.equinox.frameworkadmin.equinox 1.3.400
org.eclipse.equinox.security 1.4.700
org.eclipse.equinox.security.ui 1.4.700
org.eclipse.equinox.bidi 1.5.400
org.eclipse.equinox.concurrent 1.3.500
org.eclipse.core.runtime 3.34.200
org.eclipse.core.jobs 3.15.700
org.eclipse.core.contenttype 3.9.800
org.eclipse.core.expressions 3.9.600
org.eclipse.core.commands 3.13.0
org.eclipse.core.databinding 1.13.700
org.eclipse.core.databinding.observable 1.13.500
org.eclipse.core.databinding.property 1.10.500
org.eclipse.core.filesystem 1.11.400
org.eclipse.core.filebuffers 3.8.600
org.eclipse.core.net 1.5.900
org.eclipse.core.resources 3.24.0
org.eclipse.e4.core.commands 1.1.800
org.eclipse.e4.core.contexts 1.13.200
org.eclipse.e4.core.di 1.9.800
org.eclipse.e4.core.di.annotations 1.8.500
org.eclipse.e4.core.di.extensions 0.18.300
org.eclipse.e4.core.di.extensions.supplier 0.17.900
org.eclipse.e4.core.services 2.5.400
org.eclipse.e4.emf.xpath 0.6.100
org.eclipse.e4.ui.bindings 0.15.100
org.eclipse.e4.ui.css.core 0.14.700
org.eclipse.e4.ui.css.swt 0.17.0
org.eclipse.e4.ui.css.swt.theme 0.15.100
org.eclipse.e4.ui.di 1.5.700
org.eclipse.e4.ui.dialogs 1.7.0
org.eclipse.e4.ui.ide 3.18.0
org.eclipse.e4.ui.model.workbench 2.4.800
org.eclipse.e4.ui.progress 0.5.0
org.eclipse.e4.ui.services 1.6.700
org.eclipse.e4.ui.widgets 1.5.0
org.eclipse.e4.ui.workbench 1.18.300
org.eclipse.e4.ui.workbench.addons.swt 1.6.100
org.eclipse.e4.ui.workbench.renderers.swt 0.18.0
org.eclipse.e4.ui.workbench.swt 0.18.100
org.eclipse.e4.ui.workbench3 0.18.0
org.eclipse.swt 3.135.0
org.eclipse.swt.gtk.linux.x86_64 3.135.0
org.eclipse.swt.win32.win32.x86_64 3.135.0
org.eclipse.swt.svg 3.133.0
org.eclipse.jface 3.39.100
org.eclipse.jface.databinding 1.16.0
org.eclipse.jface.notifications 0.8.100
org.eclipse.jface.text 3.31.0
org.eclipse.text 3.14.700
org.eclipse.ui 3.209.0
org.eclipse.ui.workbench 3.139.0
org.eclipse.ui.forms 3.14.100
org.eclipse.ui.views 3.13.100
org.eclipse.ui.views.properties.tabbed 3.11.0
org.eclipse.ui.navigator 3.14.100
org.eclipse.ui.navigator.resources 3.10.100
org.eclipse.ui.themes 1.3.0
org.eclipse.ui.ide 3.23.100
org.eclipse.ui.ide.application 1.6.100
org.eclipse.ui.editors 3.22.0
org.eclipse.ui.workbench.texteditor 3.20.100
org.eclipse.urischeme 1.3.600
org.eclipse.help 3.11.100
org.eclipse.compare 3.12.100
org.eclipse.compare.core 3.8.800
org.eclipse.team.core 3.10.1000
org.eclipse.team.ui 3.12.100
org.eclipse.ltk.core.refactoring 3.15.200
org.eclipse.ltk.ui.refactoring 3.14.100
org.eclipse.equinox.p2.artifact.repository 1.5.800
org.eclipse.equinox.p2.core 2.13.300
org.eclipse.equinox.p2.director 2.6.800
org.eclipse.equinox.p2.director.app 1.3.1000
org.eclipse.equinox.p2.directorywatcher 1.4.700
org.eclipse.equinox.p2.engine 2.11.0
org.eclipse.equinox.p2.extensionlocation 1.5.700
org.eclipse.equinox.p2.garbagecollector 1.3.700
org.eclipse.equinox.p2.jarprocessor 1.3.600
org.eclipse.equinox.p2.metadata 2.9.600
org.eclipse.equinox.p2.metadata.repository 1.5.700
org.eclipse.equinox.p2.operations 2.7.700
org.eclipse.equinox.p2.publisher 1.9.700
org.eclipse.equinox.p2.publisher.eclipse 1.6.600
org.eclipse.equinox.p2.reconciler.dropins 1.5.800
org.eclipse.equinox.p2.repository 2.9.600
org.eclipse.equinox.p2.touchpoint.eclipse 2.4.600
org.eclipse.equinox.p2.touchpoint.natives 1.5.800
org.eclipse.equinox.p2.transport.ecf 1.4.600
org.eclipse.equinox.p2.ui 2.9.0
org.eclipse.equinox.p2.ui.sdk 1.4.0
"""
emf = """
org.eclipse.emf.common 2.46.0
org.eclipse.emf.ecore 2.43.0
org.eclipse.emf.ecore.xmi 2.41.0
org.eclipse.emf.ecore.change 2.18.0
org.eclipse.emf.edit 2.23.0
org.eclipse.emf.databinding 1.9.0
org.eclipse.emf.databinding.edit 1.3.0-v20150806-0404
"""
other = """
org.eclipse.ecf org.eclipse.ecf 3.13.0
org.eclipse.ecf org.eclipse.ecf.identity 3.10.0
org.eclipse.ecf org.eclipse.ecf.filetransfer 5.1.103
org.eclipse.ecf org.eclipse.ecf.provider.filetransfer 3.3.100
org.apache.felix org.apache.felix.scr 2.2.18
org.osgi org.osgi.service.component 1.5.1
org.osgi org.osgi.service.component.annotations 1.5.1
org.osgi org.osgi.util.promise 1.3.0
org.osgi org.osgi.util.function 1.2.0
org.osgi org.osgi.service.event 1.4.1
org.osgi org.osgi.service.prefs 1.1.2
org.osgi org.osgi.namespace.implementation 1.0.0
org.osgi osgi.annotation 8.0.1
org.apache.aries.spifly org.apache.aries.spifly.dynamic.bundle 1.3.7
org.ow2.asm asm 9.8
org.ow2.asm asm-commons 9.8
org.ow2.asm asm-util 9.8
org.ow2.asm asm-tree 9.8
org.ow2.asm asm-analysis 9.8
com.github.weisj jsvg 2.1.0
com.ibm.icu icu4j 78.3
net.java.dev.jna jna 5.18.1
net.java.dev.jna jna-platform 5.18.1
jakarta.annotation jakarta.annotation-api 2.1.1
jakarta.inject jakarta.inject-api 2.0.1
org.ow2.sat4j org.ow2.sat4j.core 2.3.6
org.ow2.sat4j org.ow2.sat4j.pb 2.3.6
org.tukaani xz 1.10
org.bouncycastle bcprov-jdk18on 1.83
org.bouncycastle bcpkix-jdk18on 1.83
org.bouncycastle bcutil-jdk18on 1.83
org.bouncycastle bcpg-jdk18on 1.83
org.eclipse.collections eclipse-collections-api 11.1.0
org.eclipse.collections eclipse-collections 11.1.0
org.eclipse.nebula.widgets.nattable org.eclipse.nebula.widgets.nattable.core 2.5.0
commons-cli commons-cli 1.11.0
commons-codec commons-codec 1.20.0
commons-io commons-io 2.21.0
commons-logging commons-logging 1.3.5
org.apache.commons commons-collections4 4.5.0
org.apache.commons commons-compress 1.28.0
org.apache.commons commons-lang3 3.18.0
org.apache.commons commons-math3 3.6.1
org.apache.logging.log4j log4j-api 2.25.2
org.apache.logging.log4j log4j-to-slf4j 2.25.2
org.slf4j slf4j-api 2.0.17
org.slf4j slf4j-jdk14 2.0.17
org.eclipse.jetty.toolchain jetty-servlet-api 4.0.6
com.github.librepdf openpdf 3.0.0
org.apache.pdfbox fontbox 3.0.3
org.apache.pdfbox pdfbox-io 3.0.3
org.apache.pdfbox pdfbox 3.0.3
org.apache.derby derby 10.17.1.0
org.postgresql postgresql 42.7.13
"""
birt = """
org.eclipse.birt.core
org.eclipse.birt.core.script.function
org.eclipse.birt.data
org.eclipse.birt.data.aggregation
org.eclipse.birt.report.model
org.eclipse.birt.report.model.adapter.oda
org.eclipse.birt.report.data.adapter
org.eclipse.birt.report.data.bidi.utils
org.eclipse.birt.report.data.oda.jdbc
org.eclipse.birt.report.engine
org.eclipse.birt.report.engine.fonts
org.eclipse.birt.report.engine.ooxml
org.eclipse.birt.report.engine.script.javascript
org.eclipse.birt.report.engine.emitter.html
org.eclipse.birt.report.engine.emitter.pdf
org.eclipse.birt.report.engine.emitter.docx
org.eclipse.birt.report.engine.emitter.wpml
org.eclipse.birt.report.item.crosstab.core
org.eclipse.birt.chart.engine
org.eclipse.birt.chart.engine.extension
org.eclipse.birt.chart.device.extension
org.eclipse.birt.chart.device.svg
org.eclipse.birt.chart.reportitem
uk.co.spudsoft.birt.emitters.excel
"""
datatools = """
org.eclipse.datatools.connectivity 1.15.0
org.eclipse.datatools.connectivity.oda 3.7.0
org.eclipse.datatools.connectivity.oda.consumer 3.5.0
org.eclipse.datatools.connectivity.oda.design 3.6.0
org.eclipse.datatools.connectivity.oda.profile 3.5.0
"""
junit = """
org.junit.jupiter junit-jupiter-api 5.14.4
org.junit.jupiter junit-jupiter-engine 5.14.4
org.junit.jupiter junit-jupiter-params 5.14.4
org.junit.platform junit-platform-commons 1.14.4
org.junit.platform junit-platform-engine 1.14.4
org.junit.platform junit-platform-launcher 1.14.4
org.junit.platform junit-platform-suite-api 1.14.4
org.junit.platform junit-platform-suite-commons 1.14.4
org.junit.platform junit-platform-suite-engine 1.14.4
org.opentest4j opentest4j 1.3.0
org.apiguardian apiguardian-api 1.1.2
"""
def dep(g,a,v):
    return f"""				<dependency>
					<groupId>{g}</groupId>
					<artifactId>{a}</artifactId>
					<version>{v}</version>
					<type>jar</type>
				</dependency>
"""
def loc(label, deps, generate=None):
    mm = 'generate' if generate is not None else 'error'
    s = f"""		<location type="Maven" label="{label}" includeDependencyDepth="none" includeDependencyScopes="compile" includeSource="false" missingManifest="{mm}">
			<dependencies>
""" + ''.join(dep(*d) for d in deps) + "			</dependencies>\n"
    if generate:
        s += "			<instructions><![CDATA[\n" + textwrap.dedent(generate).strip('\n') + "\n]]></instructions>\n"
    return s + "		</location>\n"
def lines(t): return [l.split() for l in t.strip().splitlines()]
out = []
out.append(loc("Eclipse platform", [(P,a,v) for a,v in lines(platform)]))
out.append(loc("EMF", [('org.eclipse.emf',a,v) for a,v in lines(emf)]))
out.append(loc("BIRT runtime", [('org.eclipse.birt',a[0],'4.22.0') for a in lines(birt)] + [('org.eclipse.birt.dependencies',a,v) for a,v in lines(datatools)]))
out.append(loc("Libraries that are OSGi bundles", [tuple(l) for l in lines(other)]))
out.append(loc("JUnit 5", [tuple(l) for l in lines(junit)]))
common_head = """Bundle-Name: ${mvnArtifactId} (wrapped from ${mvnGroupId}:${mvnArtifactId}:${mvnVersion})
version: ${version_cleanup;${mvnVersion}}
Bundle-Version: ${version}
Export-Package: *;version="${version}";-noimport:=true
-noextraheaders: true
-nouses: true
"""
batik = ['anim','awt-util','bridge','codec','constants','css','dom','ext','extension','gvt','i18n','parser','script','shared-resources','svg-dom','svggen','transcoder','util','xml']
out.append(loc("Batik, with Orbit's symbolic names (the platform's CSS engine and BIRT require them by name)",
  [('org.apache.xmlgraphics','batik-'+b,'1.19') for b in batik],
  # XML Graphics Commons is mandatory: Batik's bridge paints every SVG shape with its colour spaces, and without it
  # the PDF emitter's vector charts fail (a broken PDF, no error).
  common_head + "Bundle-SymbolicName: org.apache.batik.${replace;${mvnArtifactId};^batik-;}\nImport-Package: org.apache.batik.*,org.apache.xmlgraphics.*,org.w3c.css.sac.*,org.w3c.dom.svg.*,org.w3c.dom.smil.*,*;resolution:=optional\n"))
out.append(loc("Rhino, named as BIRT requires it", [('org.mozilla','rhino','1.8.0')],
  common_head + "Bundle-SymbolicName: org.mozilla.rhino\nImport-Package: *;resolution:=optional\n"))
poi_imports = ("Import-Package: org.apache.commons.collections4.*,org.apache.commons.compress.*,org.apache.commons.io.*,"
  "org.apache.commons.codec.*,org.apache.commons.math3.*,org.apache.logging.log4j.*,org.apache.xmlbeans.*,"
  "com.zaxxer.sparsebits,com.graphbuilder.*,org.apache.poi.*,org.openxmlformats.schemas.*;resolution:=optional,"
  "*;resolution:=optional\n")
for a, bsn in [('poi','org.apache.poi'),('poi-ooxml','org.apache.poi.ooxml'),('poi-ooxml-lite','org.apache.poi.ooxml.schemas')]:
  out.append(loc(f"Apache POI {a} as {bsn} (Orbit's name, which BIRT's XLSX emitter requires); its real dependencies mandatory",
    [('org.apache.poi',a,'5.5.1')], common_head + f"Bundle-SymbolicName: {bsn}\n" + poi_imports))
out.append(loc("XMLBeans as org.apache.xmlbeans", [('org.apache.xmlbeans','xmlbeans','5.3.0')],
  common_head + "Bundle-SymbolicName: org.apache.xmlbeans\nImport-Package: org.apache.logging.log4j.*,*;resolution:=optional\n"))
out.append(loc("POI's small helpers", [('com.github.virtuald','curvesapi','1.08'),('com.zaxxer','SparseBitSet','1.3')],
  common_head + "Bundle-SymbolicName: ${mvnGroupId}.${mvnArtifactId}\nImport-Package: *;resolution:=optional\n"))
out.append(loc("FOP, XML Graphics, JTidy, xml-apis-ext (BIRT's PDF and HTML helpers)",
  [('org.apache.xmlgraphics','fop-core','2.11'),('org.apache.xmlgraphics','fop-util','2.11'),('org.apache.xmlgraphics','fop-events','2.11'),
   ('org.apache.xmlgraphics','xmlgraphics-commons','2.11'),('com.github.jtidy','jtidy','1.0.5'),('xml-apis','xml-apis-ext','1.3.04')],
  common_head + "Bundle-SymbolicName: ${mvnGroupId}.${mvnArtifactId}\nImport-Package: *;resolution:=optional\n"))
out.append(loc("Derby shared and tools as fragments of derby (derby.jar reaches them through Class-Path)",
  [('org.apache.derby','derbyshared','10.17.1.0'),('org.apache.derby','derbytools','10.17.1.0')],
  common_head + "Bundle-SymbolicName: derby.${replace;${mvnArtifactId};^derby;}\nFragment-Host: derby\nImport-Package: *;resolution:=optional\n"))
out.append(loc("Derby network server and client",
  [('org.apache.derby','derbynet','10.17.1.0'),('org.apache.derby','derbyclient','10.17.1.0')],
  common_head + "Bundle-SymbolicName: org.apache.derby.${replace;${mvnArtifactId};^derby;}\nImport-Package: *;resolution:=optional\n"))
body = ''.join(out)
xml = f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?pde version="3.8"?>
<!--
  The one target platform of Finsam Workbench. Maven locations only (Maven Central is the only registry we reach).
  Every artifact is listed with an exact version and includeDependencyDepth="none", so nothing floats with what
  Central publishes next; releng/se.finsam.product checks the resolved product against targetplatform/bundles.lock.
  How to add or upgrade a bundle: docs/build.md.
-->
<target name="finsam" sequenceNumber="1">
	<locations>
{body}	</locations>
	<environment>
		<os>linux</os>
		<ws>gtk</ws>
		<arch>x86_64</arch>
	</environment>
	<targetJRE path="org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-21"/>
</target>
"""
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'finsam.target'), 'w').write(xml)
