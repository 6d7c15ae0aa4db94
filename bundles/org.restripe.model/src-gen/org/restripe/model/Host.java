/**
 */
package org.restripe.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A server using the storage; a mainframe host attaches through ESCON/FICON channels.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.Host#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link org.restripe.model.Host#isMainframe <em>Mainframe</em>}</li>
 *   <li>{@link org.restripe.model.Host#getLans <em>Lans</em>}</li>
 *   <li>{@link org.restripe.model.Host#getHbaWwns <em>Hba Wwns</em>}</li>
 * </ul>
 *
 * @see org.restripe.model.RestripePackage#getHost()
 * @model
 * @generated
 */
public interface Host extends DiagramElement {
	/**
	 * Returns the value of the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operating System</em>' attribute.
	 * @see #setOperatingSystem(String)
	 * @see org.restripe.model.RestripePackage#getHost_OperatingSystem()
	 * @model
	 * @generated
	 */
	String getOperatingSystem();

	/**
	 * Sets the value of the '{@link org.restripe.model.Host#getOperatingSystem <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operating System</em>' attribute.
	 * @see #getOperatingSystem()
	 * @generated
	 */
	void setOperatingSystem(String value);

	/**
	 * Returns the value of the '<em><b>Mainframe</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mainframe</em>' attribute.
	 * @see #setMainframe(boolean)
	 * @see org.restripe.model.RestripePackage#getHost_Mainframe()
	 * @model
	 * @generated
	 */
	boolean isMainframe();

	/**
	 * Sets the value of the '{@link org.restripe.model.Host#isMainframe <em>Mainframe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mainframe</em>' attribute.
	 * @see #isMainframe()
	 * @generated
	 */
	void setMainframe(boolean value);

	/**
	 * Returns the value of the '<em><b>Lans</b></em>' reference list.
	 * The list contents are of type {@link org.restripe.model.Lan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lans</em>' reference list.
	 * @see org.restripe.model.RestripePackage#getHost_Lans()
	 * @model
	 * @generated
	 */
	EList<Lan> getLans();

	/**
	 * Returns the value of the '<em><b>Hba Wwns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The world wide port names of the host's Fibre Channel host bus adapters (the initiators), 16 hex digits each, e.g. 210000e08b0a1b01. An array's LUN masking (lun perm on a T3+/6120) grants these, so a LUN mapped to this host is let in only through them; a host without any gets no masking.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hba Wwns</em>' attribute list.
	 * @see org.restripe.model.RestripePackage#getHost_HbaWwns()
	 * @model
	 * @generated
	 */
	EList<String> getHbaWwns();

} // Host
